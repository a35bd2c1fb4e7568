#!/bin/bash
# Resident memory of a process by mapping, from a saved /proc/PID/smaps (bf-vs-sdk.sh SMAPS=dir keeps them):
# one line per file mapped (assemblies, native libraries) with its resident MiB, plus the anonymous memory (managed
# heap and native allocations), the native heap ([heap]) and the JIT's W^X double mapping (memfd:doublemapper).
#
# Usage: benchmarks/smaps-summary.sh FILE.smaps [TOP=25]
set -eu
awk -v top="${2:-25}" '
  /^[0-9a-f]+-[0-9a-f]+ / { name = (NF >= 6) ? $6 : "[anonymous]"; for (i = 7; i <= NF; i++) name = name " " $i
                            if (name ~ /memfd:doublemapper/) name = "[JIT double mapping]"
                            sub(/.*\//, "", name); next }
  /^Rss:/ { rss[name] += $2; total += $2 }
  END {
    n = 0; for (k in rss) keys[n++] = k
    for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (rss[keys[j]] > rss[keys[i]]) { t = keys[i]; keys[i] = keys[j]; keys[j] = t }
    for (i = 0; i < n; i++) {
      k = keys[i]
      if (k ~ /\.dll$/) dll += rss[k]; else if (k ~ /\.so(\.[0-9]+)*$/) so += rss[k]
    }
    printf "%-48s %8.1f MiB\n", "total RSS", total / 1024
    printf "%-48s %8.1f MiB\n", "  assemblies (*.dll), all", dll / 1024
    printf "%-48s %8.1f MiB\n", "  native libraries (*.so), all", so / 1024
    for (i = 0; i < n && i < top; i++) printf "%-48s %8.1f MiB\n", keys[i], rss[keys[i]] / 1024
  }' "$1"
