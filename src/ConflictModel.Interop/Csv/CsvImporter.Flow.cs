using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Validation;

namespace ConflictModel.Interop;

/// <summary>How the rows of a CSV format go from their check (<c>TryParse</c>) to the dossier (<c>Add</c>).</summary>
internal enum RowFlow
{
    /// <summary>Each row is added as soon as it is checked: the check may leave state that the row's <c>Add</c> reads.</summary>
    OneByOne,

    /// <summary>
    /// The check reads and writes nothing that <c>Add</c> touches, but for the values it returns, and <c>Add</c> reports no
    /// diagnostic through <c>Reject</c>: rows are checked a batch at a time, then added, on the calling thread.
    /// </summary>
    Batched,

    /// <summary>
    /// As <see cref="Batched"/>, and on a machine of more than one processor the batches are added on a second thread while
    /// the calling thread reads and checks the next ones. The dossier, its ids and the diagnostics are the same.
    /// </summary>
    ReadAhead,
}

/// <summary>
/// What the reading thread changes from row to row. Its fields lie a cache line away from the object's neighbours: on
/// the same line as a field the adding thread reads, each change would take the line from the adding thread's cache.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 160)]
internal sealed class ReadingState(List<Diagnostic> rejected)
{
    /// <summary>The number of data rows read so far.</summary>
    [FieldOffset(80)]
    public int RowsRead;

    /// <summary>The line where the next row starts.</summary>
    [FieldOffset(84)]
    public int NextLine;

    /// <summary>The event id the current row took, until the row is added or rejected.</summary>
    [FieldOffset(64)]
    public string? PendingKey;

    /// <summary>Where <c>Reject</c> reports: the list of the batch of the row being checked.</summary>
    [FieldOffset(72)]
    public List<Diagnostic> Rejected = rejected;
}

internal abstract partial class CsvImporter<TParsed, TResult>
{
    /// <summary>The most rows of a batch.</summary>
    private const int BatchRows = 256;

    /// <summary>The characters after which a batch takes no more rows (a longer row still goes in whole).</summary>
    private const int BatchChars = 32 * 1024;

    /// <summary>
    /// The cells after which a batch takes no more rows: a file of many columns, mostly empty, has rows of many cells and
    /// few characters, whose positions the batch holds (a header may name up to 16,384 columns).
    /// </summary>
    private const int BatchCells = 16 * 1024;

    /// <summary>The most batches one import uses: one being read, the others waiting or being added.</summary>
    private const int Batches = 4;

    /// <summary>Rows copied out of the reader and checked, with what their check found, waiting to be added.</summary>
    private sealed class RowBatch(int rows) : CsvRowStore(rows, rows == 1 ? 1024 : BatchChars + (BatchChars / 4))
    {
        /// <summary>The rows held.</summary>
        internal int Count { get; set; }

        /// <summary>The line where each row starts.</summary>
        internal int[] Lines { get; } = new int[rows];

        /// <summary>Whether each row passed its check.</summary>
        internal bool[] Good { get; } = new bool[rows];

        /// <summary>The values of each good row.</summary>
        internal TParsed[] Parsed { get; } = new TParsed[rows];

        /// <summary>For each row, the number of <see cref="Diagnostics"/> reported up to it and by it.</summary>
        internal int[] DiagnosticsEnd { get; } = new int[rows];

        /// <summary>The diagnostics of the rows' checks, in file order.</summary>
        internal List<Diagnostic> Diagnostics { get; } = [];

        internal bool IsFull => Count == Lines.Length || UsedChars >= BatchChars || UsedCells >= BatchCells;

        internal void Reset()
        {
            Count = 0;
            Diagnostics.Clear();
            Clear();
        }
    }

    /// <summary>
    /// Takes the batches of one import from the reading thread to <see cref="AddRows"/>: on the same thread when a batch is
    /// full, or through a queue to a second thread. A failure of the adding (a strict import's bad row) is thrown on the
    /// reading thread, at the next batch passed or at the end; either way the rows before a failure of the reading are
    /// added first, so that the first bad row of the file is the one reported.
    /// </summary>
    private sealed class RowFlowState : IDisposable
    {
        private readonly CsvImporter<TParsed, TResult> importer;
        private readonly bool threaded;
        private readonly ConcurrentQueue<RowBatch> full = new();
        private readonly ConcurrentQueue<RowBatch> empty = new();
        private readonly SemaphoreSlim fullCount = new(0);
        private readonly SemaphoreSlim emptyCount = new(0);
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private RowBatch? batch;
        private int made = 1;
        private Thread? adder;
        private ExceptionDispatchInfo? failure;

        internal RowFlowState(CsvImporter<TParsed, TResult> importer)
        {
            this.importer = importer;
            threaded = importer.flow == RowFlow.ReadAhead && Environment.ProcessorCount > 1;
            batch = new RowBatch(importer.flow == RowFlow.OneByOne ? 1 : BatchRows);
        }

        /// <summary>The batch the reading thread fills.</summary>
        internal RowBatch Batch => batch ?? throw new InvalidOperationException("No batch is being filled.");

        /// <summary>Passes the full batch on, and takes an empty one; blocks while every batch is in use.</summary>
        internal void Pass()
        {
            if (!Refilled())
            {
                emptyCount.Wait();
                batch = Taken();
            }
        }

        /// <summary>Passes the full batch on, and takes an empty one without blocking the thread.</summary>
        internal async ValueTask PassAsync(CancellationToken cancellationToken)
        {
            if (!Refilled())
            {
                await emptyCount.WaitAsync(cancellationToken).ConfigureAwait(false);
                batch = Taken();
            }
        }

        /// <summary>
        /// Passes the full batch on; true when the reading thread has an empty batch again (the same one, added on this
        /// thread, or a new one while fewer than <see cref="Batches"/> are made), false when it has to wait for one back.
        /// </summary>
        private bool Refilled()
        {
            if (!Handed())
            {
                return true;
            }
            if (made < Batches)
            {
                made++;
                batch = new RowBatch(BatchRows);
                return true;
            }
            return false;
        }

        /// <summary>
        /// Adds the batch on this thread and returns false, or queues it for the second thread (started on the first batch)
        /// and returns true, the reading thread then being without a batch.
        /// </summary>
        private bool Handed()
        {
            var filled = Batch;
            if (!threaded)
            {
                try
                {
                    importer.AddRows(filled);
                }
                finally
                {
                    // Added or failed, the rows are not added twice.
                    filled.Reset();
                }
                return false;
            }
            ThrowIfFailed();
            if (adder is null)
            {
                adder = new Thread(AddAll) { IsBackground = true, Name = "ConflictModel CSV import" };
                adder.Start();
            }
            batch = null;
            full.Enqueue(filled);
            fullCount.Release();
            return true;
        }

        private RowBatch Taken()
        {
            ThrowIfFailed();
            return empty.TryDequeue(out var next) ? next : throw new InvalidOperationException("A batch was expected back from the adding thread.");
        }

        /// <summary>Adds the rows read so far, and waits until every batch is added; rethrows a failure of the adding.</summary>
        internal void Stop()
        {
            if (Ended())
            {
                done.Task.GetAwaiter().GetResult();
            }
            ThrowIfFailed();
        }

        /// <inheritdoc cref="Stop"/>
        internal async ValueTask StopAsync()
        {
            if (Ended())
            {
                await done.Task.ConfigureAwait(false);
            }
            ThrowIfFailed();
        }

        /// <summary>Adds or queues the last batch; true when the second thread has to be waited for.</summary>
        private bool Ended()
        {
            if (adder is null)
            {
                if (batch is { Count: > 0 } last)
                {
                    try
                    {
                        importer.AddRows(last);
                    }
                    finally
                    {
                        last.Reset();
                    }
                }
                return false;
            }
            if (batch is { } rest)
            {
                batch = null;
                full.Enqueue(rest);
                fullCount.Release();
            }
            // One release more than the batches queued: the second thread finds the queue empty and ends.
            fullCount.Release();
            return true;
        }

        private void ThrowIfFailed() => Volatile.Read(ref failure)?.Throw();

        /// <summary>The second thread: adds the batches in the order queued, until it finds the queue empty or one fails.</summary>
        private void AddAll()
        {
            try
            {
                while (true)
                {
                    fullCount.Wait();
                    if (!full.TryDequeue(out var next))
                    {
                        break;
                    }
                    importer.AddRows(next);
                    next.Reset();
                    empty.Enqueue(next);
                    emptyCount.Release();
                }
            }
#pragma warning disable CA1031 // Whatever the adding throws is handed to the reading thread, which rethrows it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Volatile.Write(ref failure, ExceptionDispatchInfo.Capture(e));
                // The reading thread may be waiting for a batch back.
                emptyCount.Release();
            }
            finally
            {
                done.SetResult();
            }
        }

        public void Dispose()
        {
            if (adder is not null && !done.Task.IsCompleted)
            {
                // Left on an exception before Stop: the second thread still ends, and is waited for, before its queues go.
                fullCount.Release();
                done.Task.GetAwaiter().GetResult();
            }
            fullCount.Dispose();
            emptyCount.Dispose();
        }
    }
}
