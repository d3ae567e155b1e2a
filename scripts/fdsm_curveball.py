#!/usr/bin/env python3
"""An independent, vectorised FDSM reference for benchmarks: global curveball samples in NumPy, each sample's
projection counted by a SciPy sparse product.

Each sample starts from the observed actor x meeting graph and makes `rounds` rounds of global curveball
(Carstens, Berger and Strona 2018): a round pairs the actors at random and every pair trades at once, dealing
the meetings only one of the two has out at random, each keeping its number of meetings. Every meeting keeps its
size too. Ten rounds make as many trades as partnet's 5 x actors. The trades of a round are vectorised over all
pairs (a sort by pair and meeting finds the unshared meetings, a sort by pair and a random key deals them), so
no Python loop runs per trade. The counts are accumulated: memory does not grow with the number of samples.

p_upper(a, b) = share of samples with X_ab >= k_ab over the observed co-occurring pairs (a < b), as partnet's
`cooccurrence --significance fdsm` prints p. This is not partnet's algorithm (partnet trades one pair at a time
from per-sample seeds), so the two agree only within Monte Carlo error.

Usage: python3 scripts/fdsm_curveball.py FILE.tsv OUT.csv [--samples 1000] [--seed 1] [--rounds 10]
  FILE.tsv: actor<TAB>meeting[<TAB>anything] lines (the peer benchmark's affiliation lists).
"""
import argparse
import sys

import numpy as np
import scipy.sparse as sp


def global_curveball_round(actor, meeting, actors, meetings, rng):
    """One round of global curveball on the membership lists (actor[i], meeting[i]); returns the new actors."""
    order = rng.permutation(actors)
    pair = np.empty(actors, dtype=np.int64)
    pair[order] = np.arange(actors) // 2
    first = np.zeros(actors, dtype=bool)
    first[order[0::2]] = True
    if actors % 2:  # the odd actor out trades with nobody this round
        pair[order[-1]] = -1
    p = pair[actor]
    active = p >= 0
    key = p * meetings + meeting
    # Memberships whose meeting the partner has too are kept; the others form the pair's pool.
    sort = np.argsort(key, kind="stable")
    sorted_key = key[sort]
    duplicated = np.zeros(len(key), dtype=bool)
    same = sorted_key[1:] == sorted_key[:-1]
    duplicated[sort[1:][same]] = True
    duplicated[sort[:-1][same]] = True
    pool = np.flatnonzero(active & ~duplicated)
    if pool.size == 0:
        return actor
    pool_pair = p[pool]
    # How many pooled meetings each pair's first actor holds: it gets that many back, at random.
    pairs = (actors + 1) // 2
    from_first = np.bincount(pool_pair[first[actor[pool]]], minlength=pairs)
    dealt = pool[np.lexsort((rng.random(pool.size), pool_pair))]
    dealt_pair = p[dealt]
    starts = np.searchsorted(dealt_pair, np.arange(pairs))
    rank = np.arange(dealt.size) - starts[dealt_pair]
    partner = np.empty(actors, dtype=np.int64)
    partner[order[0::2][: actors // 2]] = order[1::2][: actors // 2]
    partner[order[1::2][: actors // 2]] = order[0::2][: actors // 2]
    owner_first = np.where(first[actor[dealt]], actor[dealt], partner[actor[dealt]])
    new_actor = actor.copy()
    # The dealt meetings, in random order within each pair, go first to the first actor, then to the second.
    new_actor[dealt] = np.where(rank < from_first[dealt_pair], owner_first, partner[owner_first])
    return new_actor


def fdsm(actor, meeting, actors, meetings, samples, seed, rounds=10):
    """(rows, cols, counts, p_upper, p_lower) for the observed co-occurring pairs (rows < cols)."""
    ones = np.ones(len(actor), dtype=np.int32)
    B = sp.csr_matrix((ones, (actor, meeting)), shape=(actors, meetings))
    observed = sp.triu(B @ B.T, 1).tocsr()
    observed.sort_indices()
    pattern = observed.copy()
    pattern.data = np.ones_like(pattern.data, dtype=np.float64)
    rows = np.repeat(np.arange(actors), np.diff(observed.indptr))
    cols, counts = observed.indices, observed.data
    at_least = np.zeros(len(counts), dtype=np.int64)
    at_most = np.zeros(len(counts), dtype=np.int64)
    for s in range(samples):
        rng = np.random.default_rng([seed, s])
        sampled_actor = actor
        for _ in range(rounds):
            sampled_actor = global_curveball_round(sampled_actor, meeting, actors, meetings, rng)
        S = sp.csr_matrix((ones, (sampled_actor, meeting)), shape=(actors, meetings))
        # X - k + 1/2 on exactly the observed pairs' positions (never 0, so none is dropped), in their order.
        shifted = (S @ S.T).multiply(pattern) - observed + 0.5 * pattern
        shifted = sp.csr_matrix(shifted)
        shifted.sort_indices()
        at_least += shifted.data > 0
        at_most += shifted.data < 1
    return rows, cols, counts, at_least / samples, at_most / samples


def read(path):
    actors, meetings, a, m, seen = {}, {}, [], [], set()
    for line in open(path):
        fields = line.rstrip("\n").split("\t")
        i = actors.setdefault(fields[0], len(actors))
        j = meetings.setdefault(fields[1], len(meetings))
        if (i, j) not in seen:  # one membership per actor and meeting, whatever its roles
            seen.add((i, j))
            a.append(i)
            m.append(j)
    return list(actors), np.array(a, dtype=np.int64), np.array(m, dtype=np.int64), len(meetings)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--samples", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    ids, actor, meeting, meetings = read(args.input)
    rows, cols, counts, upper, _ = fdsm(actor, meeting, len(ids), meetings, args.samples, args.seed, args.rounds)
    with open(args.output, "w") as f:
        f.write("a,b,count,p\n")
        for i, j, k, p in zip(rows.tolist(), cols.tolist(), counts.tolist(), upper.tolist()):
            f.write(f"{ids[i]},{ids[j]},{k},{p!r}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
