using ConflictModel.Samples;
using ConflictModel.Serialization;
using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Samples.BoukamalDispatch;

namespace ConflictModel.Tests.Samples;

public class BoukamalDispatchTest
{
    private static readonly Dossier Dossier = Build();

    [Fact]
    public void Build_CalledTwice_GivesEqualDossiers()
    {
        Build().Should().Be(Dossier);
    }

    [Theory]
    [InlineData("islamic-state", "jihadist-group")]
    [InlineData("syrian-army", "state-forces")]
    [InlineData("hezbollah", "political-militia")]
    [InlineData("iraqi-militias", "political-militia")]
    [InlineData("hachd-al-chaabi", "political-militia")]
    [InlineData("irgc", "foreign-forces")]
    [InlineData("sdf", "rebel-group")]
    [InlineData("us-led-coalition", "coalition")]
    [InlineData("united-states", "foreign-forces")]
    [InlineData("russia", "foreign-forces")]
    [InlineData("france", "foreign-forces")]
    [InlineData("iraqi-forces", "state-forces")]
    public void Actors_EachListedActor_IsPresentWithItsKind(string id, string kind)
    {
        Dossier.Find(new ActorId(id))!.Kind.Should().Be(new ActorKind(kind));
    }

    [Fact]
    public void Actors_IslamicState_HasItsAliases()
    {
        var names = Dossier.Find(IslamicState)!.Names;
        foreach (var alias in new[] { "EI", "IS", "ISIS", "Daech" })
        {
            names.Matches(alias).Should().BeTrue(alias);
        }
        Dossier.Find(Hachd)!.Names.Matches("PMF").Should().BeTrue();
        Dossier.Find(Sdf)!.Names.Matches("FDS").Should().BeTrue();
    }

    [Theory]
    [InlineData("sy", "country", null)]
    [InlineData("sy-deir-ezzor", "governorate", "sy")]
    [InlineData("boukamal", "city", "sy-deir-ezzor")]
    [InlineData("deir-ezzor-oil-field", "oil-field", "sy-deir-ezzor")]
    [InlineData("damascus", "city", "sy")]
    [InlineData("yarmouk", "neighbourhood", "damascus")]
    [InlineData("hajar-al-aswad", "neighbourhood", "damascus")]
    [InlineData("sy-homs", "governorate", "sy")]
    [InlineData("iq", "country", null)]
    [InlineData("iq-anbar", "governorate", "iq")]
    [InlineData("rawa", "town", "iq-anbar")]
    [InlineData("al-qaim-crossing", "border-crossing", "iq-anbar")]
    [InlineData("euphrates", "river", null)]
    public void Places_EachListedPlace_HasItsKindAndParent(string id, string kind, string? parent)
    {
        var place = Dossier.Find(new PlaceId(id))!;
        place.Kind.Should().Be(new PlaceKind(kind));
        place.Parent.Should().Be(parent is null ? null : new PlaceId(parent));
    }

    [Fact]
    public void Places_Boukamal_HasItsGazetteerPoint()
    {
        var point = Dossier.Find(Boukamal)!.Location!.Value;
        point.Latitude.Should().BeApproximately(34.45, 0.01);
        point.Longitude.Should().BeApproximately(40.92, 0.01);
    }

    [Fact]
    public void Sources_EachListedSource_HasItsKindAndAffiliations()
    {
        Dossier.Find(Afp)!.Kind.Should().Be(SourceKind.NewsAgency);
        Dossier.Find(AfpCorrespondent)!.Should().Match<Source>(s => s.Kind == SourceKind.Correspondent && s.Organization == Afp);
        Dossier.Find(ArmyCommand)!.Should().Match<Source>(s => s.Kind == SourceKind.PartyStatement && s.IsPartyToConflict && s.SpeaksFor == SyrianArmy);
        Dossier.Find(Osdh)!.Kind.Should().Be(SourceKind.NgoMonitor);
        Dossier.Find(OsdhDirector)!.Should().Match<Source>(s => s.Kind == SourceKind.NamedOfficial && s.Organization == Osdh);
        Dossier.Find(Un)!.Kind.Should().Be(SourceKind.IntergovernmentalOrganization);
        Dossier.Find(MilitiaSource)!.Should().Match<Source>(s => s.Kind == SourceKind.Anonymous && s.Affiliation == "milices prorégime");
        Dossier.Find(Macron)!.Kind.Should().Be(SourceKind.NamedOfficial);
    }

    [Fact]
    public void Report_Dispatch_CarriesTheFullTextAndPublication()
    {
        var report = Dossier.Find(Dispatch)!;
        report.Text.Should().Be(BoukamalDispatch.Text);
        report.Text.Should().StartWith("Le groupe jihadiste Etat islamique (EI) a perdu jeudi");
        report.Published.Date.Should().Be(new LocalDate(2017, 11, 9));
        report.Published.Zone.Id.Should().Be("Asia/Beirut");
        report.Publisher.Should().Be(Afp);
        report.Language.Should().Be(LanguageTag.French);
    }

    [Theory]
    [InlineData("army-liberated-boukamal", "syrian-army-command", "stated")]
    [InlineData("army-liberation-importance", "syrian-army-command", "stated")]
    [InlineData("osdh-led-by-iraqi-militias", "osdh", "reported")]
    [InlineData("osdh-led-by-hezbollah", "osdh", "reported")]
    [InlineData("osdh-led-by-irgc", "osdh", "reported")]
    [InlineData("osdh-is-holds-oil-field", "osdh", "reported")]
    [InlineData("director-is-withdrew-east", "rami-abdel-rahmane", "stated")]
    [InlineData("director-backbone", "rami-abdel-rahmane", "stated")]
    [InlineData("militia-hezbollah-crossed", "pro-regime-militia-source", "stated")]
    [InlineData("un-120000-displaced", "un", "reported")]
    [InlineData("macron-victory-within-months", "emmanuel-macron", "estimated")]
    public void Claims_RelayedClaim_NamesItsSourceModeAndAfpAsRelay(string id, string source, string mode)
    {
        var claim = Dossier.Find(new ClaimId(id))!;
        claim.Source.Should().Be(new SourceId(source));
        claim.Attribution.Mode.Should().Be(new AttributionMode(mode));
        claim.Attribution.Relays.Should().Equal(new Relay(Afp, Dispatch));
        claim.Report.Should().Be(Dispatch);
    }

    [Fact]
    public void Claims_ArmyCommunique_KeepsItsWordBesideTheNeutralOne()
    {
        var claim = Dossier.Find(ArmyLiberated)!;
        claim.Wording.Should().Be(new Wording("libéré", "captured"));
        claim.Assertion.Should().Be(new EventAssertion(Capture));
        Dossier.Find(ArmyImportance)!.Assertion.Should().BeOfType<StatementAssertion>();
    }

    [Fact]
    public void Claims_Osdh_SaysWhoLedTheOffensive()
    {
        var led = Dossier.ClaimsBy(Osdh).Select(c => c.Assertion).OfType<ParticipationAssertion>().Select(a => a.Actor);
        led.Should().BeEquivalentTo([IraqiMilitias, Hezbollah, Irgc]);
    }

    [Fact]
    public void Claims_CorrespondentAndMacron_HaveTheirModes()
    {
        Dossier.Find(CorrespondentExplosions)!.Attribution.Mode.Should().Be(AttributionMode.Observed);
        var macron = Dossier.Find(MacronEstimate)!;
        macron.Attribution.Mode.Should().Be(AttributionMode.Estimated);
        macron.Modality.Should().Be(Modality.Future);
    }

    [Fact]
    public void Claims_Figures_KeepTheWordsAndTheirUncertainty()
    {
        var un = (FigureAssertion)Dossier.Find(UnDisplaced)!.Assertion;
        un.Figure.Value.Should().Be(new ApproximateCount(120_000));
        un.Figure.Text.Should().Be("quelque 120.00 personnes");
        var dead = (FigureAssertion)Dossier.Find(AfpDeathToll)!.Assertion;
        dead.Figure.Value.Should().Be(new AtLeastCount(330_000));
        dead.Figure.Text.Should().Be("plus de 330.000 morts");
        ((FigureAssertion)Dossier.Find(AfpDisplaced)!.Assertion).Figure.Value.Should().BeOfType<CountRange>();
    }

    [Fact]
    public void Claims_Control_OilFieldRawaAndDamascusNeighbourhoodsHeldByIslamicState()
    {
        foreach (var (claim, place) in new[] { (OsdhOilField, OilField), (AfpRawa, Rawa), (AfpYarmouk, Yarmouk), (AfpHajarAlAswad, HajarAlAswad) })
        {
            var assertion = Dossier.Find(claim)!.Assertion.Should().BeOfType<ControlAssertion>().Subject;
            assertion.Place.Should().Be(place);
            assertion.Controller.Should().Be(IslamicState);
        }
    }

    [Fact]
    public void Events_RelativeDays_ResolvedAgainstThePublication()
    {
        Dossier.Find(Capture)!.Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 9)));
        Dossier.Find(Encirclement)!.Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 8)));
        Dossier.Find(BorderCrossing)!.Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 8)));
    }

    [Fact]
    public void ControllerOf_Boukamal_IslamicStateBeforeAndSyrianArmyAfter()
    {
        Dossier.ControllerOf(Boukamal, new LocalDate(2017, 11, 8))!.Controller.Should().Be(IslamicState);
        Dossier.ControllerOf(Boukamal, new LocalDate(2017, 11, 10))!.Controller.Should().Be(SyrianArmy);
    }

    [Fact]
    public void Alliances_ProRegimeAndCoalition_HaveTheirRoles()
    {
        var proRegime = Dossier.Find(ProRegime)!;
        proRegime.Memberships.Should().Contain(m => m.Actor == Russia && m.Role == MembershipRole.AirSupport);
        proRegime.Memberships.Should().Contain(m => m.Actor == SyrianArmy && m.Role == MembershipRole.Leader);
        var coalition = Dossier.Find(UsLedCoalition)!;
        coalition.Actor.Should().Be(Coalition);
        coalition.Memberships.Should().Contain(m => m.Actor == UnitedStates && m.Role == MembershipRole.Leader);
        coalition.Memberships.Should().Contain(m => m.Actor == France && m.Role == MembershipRole.Member && m.Claims.Contains(AfpFranceInCoalition));
        Dossier.Find(UsSupportsSdf)!.Should().Match<ActorRelation>(r => r.Subject == UnitedStates && r.Kind == RelationKind.Supports && r.Target == Sdf);
    }

    [Fact]
    public void Validate_Dossier_ReportsOnlyTheExpectedDiagnostics()
    {
        var result = DossierValidator.Default.Validate(Dossier);
        int Index(ClaimId id) => Dossier.Claims.ToList().FindIndex(c => c.Id == id);

        result.Diagnostics.Select(d => (d.Code, d.Path)).Should().BeEquivalentTo(new[]
        {
            ("CM6005", $"$.claims[{Index(ArmyLiberated)}]"),
            // The anonymous militia source is itself a party, and nobody else tells of the crossing.
            ("CM6005", $"$.claims[{Index(MilitiaCrossing)}]"),
            ("CM7001", $"$.claims[{Index(UnDisplaced)}].assertion.figure.text"),
        });
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Quotes_EveryQuote_MatchesTheReportTextAtItsSpan()
    {
        foreach (var claim in Dossier.Claims)
        {
            var quote = claim.Quote!;
            var span = quote.Span!.Value;
            BoukamalDispatch.Text.Substring(span.Start, span.Length).Should().Be(quote.Text, claim.Id.ToString());
        }
    }

    [Fact]
    public void DossierJson_RoundTrip_IsEqualAndRewritesTheSameBytes()
    {
        byte[] bytes = DossierJson.WriteToUtf8Bytes(Dossier);
        var back = DossierJson.Read(bytes);
        back.Should().Be(Dossier);
        DossierJson.WriteToUtf8Bytes(back).Should().Equal(bytes);
    }
}
