# Writes a dossier with many claims on one subject, to time validation on it (docs/performance.md).
# python3 eng/hot-subject-dossier.py 3000 figures > fig3000.json   # figure claims of 1 to 200 dead on one event
# python3 eng/hot-subject-dossier.py 1000000 missing > missing1m.json   # event claims about one missing event id
import json, sys, random
n = int(sys.argv[1]); mode = sys.argv[2]  # figures | missing
random.seed(1)
d = {"format":"conflictmodel","version":1,"actors":[],"alliances":[],"relations":[],"places":[],
 "sources":[{"id":f"s{i}","names":[{"text":f"Source {i}"}],"kind":"ngo-monitor","reliability":"B"} for i in range(20)],
 "reports":[{"id":"r1","publisher":"s0","published":"2017-11-09T12:00:00+02:00","timeZone":"Asia/Beirut","language":"fr","title":"t"}],
 "claims":[], "events":[]}
if mode == "figures":
    d["places"]=[{"id":"p","names":[{"text":"P"}],"kind":"city"}]
    d["events"]=[{"id":"e1","type":"battles","date":"2017-11-09","place":"p","participants":[],"claims":["c0"]}]
    for i in range(n):
        lo = random.randint(1, 200)
        v = {"shape":"exact","value":lo} if i%2==0 else {"shape":"range","low":lo,"high":lo+random.randint(0,20)}
        d["claims"].append({"id":f"c{i}","assertion":{"type":"figure","figure":{"kind":"killed","value":v,"text":f"{lo} morts"},"event":"e1"},
          "attribution":{"source":f"s{i%20}","mode":"reported"},"report":"r1"})
else:
    for i in range(n):
        d["claims"].append({"id":f"c{i}","assertion":{"type":"event","event":"missing"},"attribution":{"source":f"s{i%20}","mode":"reported"},"report":"r1"})
json.dump(d, sys.stdout, separators=(',',':'))
