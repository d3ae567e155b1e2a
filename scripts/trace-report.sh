#!/usr/bin/env bash
# Where `partnet report`'s time goes, phase by phase and thread by thread, beside Graphviz's own `neato` on the
# same DOT: a timeline from uprobes (entry and return of the report's phases in partnet, of gvLayout,
# gvRenderData, gvFreeLayout in libgvc and agmemread, agclose in libcgraph; a phase that does not run is not listed) and the scheduler's events (when each
# thread of the process runs, waits for a core, sleeps or waits for the disk). For each phase: the median wall
# time, the median CPU time of the thread that runs it (time on a core inside the phase), and its median start
# and end in milliseconds from exec; then the chain from the end of the layout to the process's end, and each
# thread's time running, runnable but waiting for a core, sleeping, and in disk waits.
#
# Usage: sudo scripts/trace-report.sh [NETWORK] [RUNS]   (default graphs/rabat-process-2015-2025.yaml, 9)
# TRACE_RENDER=1 also traces `partnet render NETWORK --engine neato` (its run() and the same Graphviz phases), between
# the report and neato, so that report's phases can be set against render's in one sitting (their graphs differ: the
# report draws unlinked nodes and sizes its nodes its own way, so neato's overlap removal may take other iterations).
# Needs: root (uprobes, system-wide scheduler events), perf, swift-demangle (the Swift toolchain), gcc, python3,
# graphviz, a release build (PARTNET=.build/release/partnet by default). The probes (groups trace_report_*, events
# rpt_*, since perf refuses an event name another group holds) are removed at the end; nobody else's are touched.
# Perf's own overhead is small (a few microseconds an event) but not nothing: compare phases, not totals, with
# scripts/bench-layout.sh, which times the same commands without probes. On a loaded machine,
# RUN_WITH="chrt -f 50" runs both commands (and every thread they start) before the machine's other work, which
# comes close to a quiet machine's timeline (cores shared with other work still run slower).
set -euo pipefail
cd "$(dirname "$0")/.."
network="${1:-graphs/rabat-process-2015-2025.yaml}"
runs="${2:-9}"
partnet="$(realpath "${PARTNET:-.build/release/partnet}")"
directory="$(mktemp -d)"
cleanup() {
    perf probe -q -d 'trace_report_partnet:*' -d 'trace_report_libgvc:*' -d 'trace_report_libcgraph:*' 2>/dev/null || true
    rm -rf "$directory"
}
trap cleanup EXIT
library() { ldd "$partnet" | awk -v name="$1" '$1 ~ name { print $3 }'; }
gvc="$(library libgvc)"
cgraph="$(library libcgraph)"
[ -n "$gvc" ] && [ -n "$cgraph" ] || { echo "partnet is not linked with libgvc and libcgraph" >&2; exit 1; }
perf probe -q -d 'trace_report_partnet:*' -d 'trace_report_libgvc:*' -d 'trace_report_libcgraph:*' 2>/dev/null || true

# Each phase: an event name and the demangled symbols it stands for (every symbol matching is probed).
nm "$partnet" | awk '$2 ~ /^[tT]$/ { print $3 }' > "$directory/symbols"
swift-demangle --simplified --compact < "$directory/symbols" | paste -d '\t' "$directory/symbols" - > "$directory/names"
probe() { # event regex
    local event="$1" pattern="$2" count=0 symbol
    while IFS= read -r symbol; do
        perf probe -q -x "$partnet" -a "trace_report_partnet:rpt_${event}${count}=${symbol}" \
            -a "trace_report_partnet:rpt_${event}${count}_ret=${symbol}%return"
        count=$((count + 1))
    done < <(awk -F '\t' -v pattern="$pattern" '$2 ~ pattern { print $1 }' "$directory/names")
    [ "$count" -gt 0 ] || echo "note: no symbol for $event ($pattern)" >&2
}
probe run '^Report\.run\(\)$'
probe model '^(specialized )?ReportModel\.init\(network:options:\)$'
probe drawprep '^(specialized )?static ReportDiagram\.prepare\(network:presentation:\)$'
probe arena '^(specialized )?static ArenaReserve\.growCallingThreadsArena\(\)$'
probe bgstart '^(specialized )?BackgroundResult\.init\(_:\)$'
probe bgbody '^specialized closure #1 in BackgroundResult\.init\(_:\)$'
probe diagram '^(specialized )?ReportDiagram\.init\(preparation:render:place:communities:progress:\)$'
probe build '^DiagramBuilder\.build\(\)$'
probe linestyles '^(specialized )?static ReportDiagram\.lineStyles\(of:style:\)$'
probe identifiers '^(specialized )?static ReportDiagram\.addIdentifiers\(to:network:relations:\)$'
probe labelsbegin '^cgraphviz_text_begin$'
probe cgraphbuild '^(specialized )?static CGraphBuilder\.build\(_:\)$'
probe dottext '^DOTGraph\.render\(\)$'
probe prepare '^closure #1 in GraphvizSession\.prepare\(engine:format:fontName:\)$'
probe pagewrite '^InteractivePage\.write\(_:\)$'
probe mustache '^(specialized )?static PageTemplates\.render\(_:_:\)$'
probe scriptable '^(specialized )?static ReportDiagram\.scriptable\(_:\)$'
probe filewrite '^OutputFile\.write\(_:\)$'
probe diagramget '^ReportModel\.diagram\.getter$'
probe commit '^OutputFile\.commit\(\)$'
probe renderrun '^Render\.run\(\)$'
probe labelwait '^(specialized )?static GraphvizRenderer\.waitForLabelMeasurement\(\)$'
for function in gvLayout gvRenderData gvFreeLayout gvLayoutJobs gvRenderJobs; do
    perf probe -q -x "$gvc" -a "trace_report_libgvc:rpt_$function=$function" -a "trace_report_libgvc:rpt_${function}_ret=$function%return"
done
for function in agmemread agclose; do
    perf probe -q -x "$cgraph" -a "trace_report_libcgraph:rpt_$function=$function" -a "trace_report_libcgraph:rpt_${function}_ret=$function%return"
done

events=(-e 'trace_report_partnet:*' -e 'trace_report_libgvc:*' -e 'trace_report_libcgraph:*' -e sched:sched_switch -e sched:sched_wakeup
    -e sched:sched_wakeup_new -e sched:sched_process_fork -e sched:sched_process_exec -e sched:sched_process_exit
    -e syscalls:sys_enter_exit_group -e syscalls:sys_enter_rename)
trace() { # name command... -> $directory/name.N.txt, the events from the command's exec on
    local name="$1"
    shift
    for run in $(seq 1 "$runs"); do
        # shellcheck disable=SC2086 # RUN_WITH is a command prefix, split into words on purpose
        perf record -q -a -o "$directory/trace.data" "${events[@]}" -- ${RUN_WITH:-} "$@" > /dev/null 2>&1
        perf script -i "$directory/trace.data" -F tid,cpu,time,event,trace 2> /dev/null | sed -n '/sched_process_exec/,$p' \
            > "$directory/$name.$run.txt"
    done
}
# The DOT the report lays out, for the Graphviz command: captured before layout as bench-layout.sh does, in the
# child process that parses it with --timeout (in-process, partnet builds the graph through cgraph, without text).
gcc -shared -fPIC -o "$directory/shim.so" scripts/capture-dot.c -ldl
CAPTURE_DOT="$directory/report.dot" LD_PRELOAD="$directory/shim.so" "$partnet" report "$network" --timeout 600 -o "$directory/out.html" \
    > /dev/null 2>&1
[ -s "$directory/report.dot" ] || { echo "no DOT captured" >&2; exit 1; }
"$partnet" report "$network" -o "$directory/out.html" > /dev/null 2>&1
echo "$network, $runs traced runs each; load $(cut -d ' ' -f 1 /proc/loadavg)"
trace report "$partnet" report "$network" -o "$directory/out.html"
if [ -n "${TRACE_RENDER:-}" ]; then trace render "$partnet" render "$network" --engine neato -o "$directory/out.svg"; fi
trace neato neato -Tsvg "$directory/report.dot" -o "$directory/peer.svg"
echo "load after: $(cut -d ' ' -f 1 /proc/loadavg)"
python3 - "$directory" "$runs" "${TRACE_RENDER:-}" << 'PY'
import collections, re, statistics, sys
directory, runs, with_render = sys.argv[1], int(sys.argv[2]), bool(sys.argv[3])
# A thread that has just exited switches out under tid -1.
LINE = re.compile(r'\s*(-?\d+)\s+\[(\d+)\]\s+([\d.]+):\s+(\S+):\s*(.*)')

def analyse(path):
    """Phases (outermost call per thread), thread states and the process's end, in ms from exec."""
    t0 = pid = end = None
    exited = False
    ours, state, since = set(), {}, {}
    spans = collections.defaultdict(list)  # tid -> [(start, end, state)]
    calls, depth, phases = [], collections.Counter(), []
    def move(tid, new, t):
        if state.get(tid) == 'gone':
            return
        if tid in state:
            spans[tid].append((since[tid], t, state[tid]))
        state[tid], since[tid] = new, t
    for line in open(path):
        m = LINE.match(line)
        if not m:
            continue
        tid, t, event, rest = int(m[1]), float(m[3]) * 1000, m[4], m[5]
        if t0 is None:
            t0, pid = t, tid
            ours.add(tid)
            move(tid, 'run', 0)
        t -= t0
        if event == 'sched:sched_process_fork':
            child = int(re.search(r'child_pid=(\d+)', rest)[1])
            if tid in ours:
                ours.add(child)
                move(child, 'wait', t)
        elif event == 'sched:sched_switch':
            a = int(re.search(r'prev_pid=(\d+)', rest)[1])
            b = int(re.search(r'next_pid=(\d+)', rest)[1])
            previous = re.search(r'prev_state=(\S+)', rest)[1]
            if a in ours:
                move(a, 'wait' if previous.startswith('R') else 'disk' if previous.startswith('D') else 'sleep', t)
            if b in ours:
                move(b, 'run', t)
        elif event.startswith('sched:sched_wakeup'):
            b = int(re.search(r' pid=(\d+)', rest)[1])
            if b in ours and state.get(b) != 'run':
                move(b, 'wait', t)
        elif event == 'sched:sched_process_exit':
            b = int(re.search(r' pid=(\d+)', rest)[1])
            if b in ours:
                move(b, 'gone', t)
            if 'group_dead=true' in rest and exited and end is None:
                end = t
        elif tid in ours:
            # perf refuses an event name any group already holds: ours start with rpt_.
            name = event.split(':')[1].removeprefix('rpt_')
            if name == 'sys_enter_exit_group':
                exited = exited or tid == pid
                phases.append((t, t, tid, 'exit_group'))
            elif name == 'sys_enter_rename':
                phases.append((t, t, tid, 'rename'))
            else:
                returning = name.endswith('__return')
                base = re.sub(r'\d*(_ret)?(__return)?$', '', name)
                key = (tid, base)
                if returning:
                    depth[key] -= 1
                    if depth[key] == 0:
                        start = calls.pop(max(i for i, c in enumerate(calls) if c[0] == key))[1]
                        phases.append((start, t, tid, base))
                else:
                    if depth[key] == 0:
                        calls.append((key, t))
                    depth[key] += 1
    end = end if end is not None else max(s[1] for s in sum(spans.values(), []))
    def cpu(tid, a, b):
        return sum(max(0.0, min(y, b) - max(x, a)) for x, y, s in spans[tid] if s == 'run')
    return pid, end, sorted(phases), spans, cpu

def median(values):
    return statistics.median(values) if values else float('nan')

for name in ('report', 'render', 'neato') if with_render else ('report', 'neato'):
    rows = collections.defaultdict(list)
    threads = collections.defaultdict(lambda: collections.defaultdict(list))
    for run in range(1, runs + 1):
        pid, end, phases, spans, cpu = analyse(f'{directory}/{name}.{run}.txt')
        warm = next((tid for s, e, tid, p in phases if p == 'prepare'), None)
        drawing = next((tid for s, e, tid, p in phases if p == 'diagram'), pid)
        role = lambda tid: 'main' if tid == pid else 'warm-up' if tid == warm else 'drawing' if tid == drawing else 'other'
        seen = collections.Counter()
        layout_spans = [(s, e, tid) for s, e, tid, p in phases if p in ('gvLayout', 'gvLayoutJobs')]
        for start, stop, tid, phase in phases:
            # Graphviz closes its own subgraphs inside the layout: only the graph's close counts as a phase.
            if phase == 'agclose' and any(t == tid and s <= start and stop <= e for s, e, t in layout_spans):
                continue
            label = phase if role(tid) in ('main', 'drawing') or phase == 'prepare' else f'warm-up {phase}'
            label = label if seen[label] == 0 else f'{label} #{seen[label] + 1}'
            seen[label.split(' #')[0]] += 1
            rows[label].append((stop - start, cpu(tid, start, stop), start, stop))
        rows['process (exec to end)'].append((end, sum(cpu(t, 0, end) for t in spans), 0, end))
        layouts = [(s, e, tid) for s, e, tid, p in phases if p in ('gvLayout', 'gvLayoutJobs') and role(tid) != 'warm-up']
        if layouts:
            _, stop, tid = max(layouts, key=lambda x: x[1])
            rows['AFTER LAYOUT: layout end to process end'].append(
                (end - stop, sum(cpu(t, stop, end) for t in spans), stop, end))
        for tid in spans:
            for a, b, s in spans[tid]:
                if s != 'gone':
                    threads[role(tid)][s].append(b - a)
    print(f'\n== {name}: medians over {runs} runs   wall ms   CPU ms (its thread; all threads for the process)   start   end')
    for label, values in sorted(rows.items(), key=lambda kv: median([v[2] for v in kv[1]])):
        print(f'  {label:44s} {median([v[0] for v in values]):7.2f} {median([v[1] for v in values]):7.2f}'
              f'   {median([v[2] for v in values]):7.2f} {median([v[3] for v in values]):7.2f}  (n={len(values)})')
    print(f'  threads, ms per run (summed over runs / {runs}):')
    for r, states in threads.items():
        print(f'    {r:8s} ' + '  '.join(f'{s} {sum(v) / runs:6.2f}' for s, v in sorted(states.items())))
PY
