"""An independent FDSM reference: curveball samples (Strona et al. 2014) of a bipartite graph with fixed
degrees, in NumPy/SciPy, with each sample's projection counted by a sparse product.

p_upper(a, b) = share of samples with X_ab >= k_ab; p_lower = share with X_ab <= k_ab, over the co-occurring
pairs (a < b) of the observed graph. Each sample starts from the observed graph and makes 5 x actors trades.

It trades one pair at a time in a Python loop: fine for the small fixture graphs (generate_significance.py
imports it); scripts/fdsm_curveball.py is the vectorised reference for benchmarks.
"""
import numpy as np
import scipy.sparse as sp


def curveball(rows, trades, rng):
    """Curveball trades on a list of sorted meeting arrays, in place."""
    n = len(rows)
    firsts = rng.integers(0, n, size=trades)
    seconds = rng.integers(0, n - 1, size=trades)
    seconds += seconds >= firsts
    for a, b in zip(firsts.tolist(), seconds.tolist()):
        ra, rb = rows[a], rows[b]
        only_a = np.setdiff1d(ra, rb, assume_unique=True)
        if only_a.size == 0:
            continue
        only_b = np.setdiff1d(rb, ra, assume_unique=True)
        if only_b.size == 0:
            continue
        shared = np.intersect1d(ra, rb, assume_unique=True)
        pool = rng.permutation(np.concatenate((only_a, only_b)))
        rows[a] = np.sort(np.concatenate((shared, pool[:only_a.size])))
        rows[b] = np.sort(np.concatenate((shared, pool[only_a.size:])))


def fdsm(B, samples, seed):
    """(rows, cols, counts, p_upper, p_lower) for the co-occurring pairs of the biadjacency matrix B."""
    B = sp.csr_matrix(B, dtype=np.int32)
    n, meetings = B.shape
    observed = sp.triu(B @ B.T, 1).tocsr()
    observed.sort_indices()
    coo = observed.tocoo()
    rows_i, cols_i, counts = coo.row, coo.col, coo.data
    at_least = np.zeros(len(counts), dtype=np.int64)
    at_most = np.zeros(len(counts), dtype=np.int64)
    start = [B.indices[B.indptr[a]:B.indptr[a + 1]].copy() for a in range(n)]
    for s in range(samples):
        rng = np.random.default_rng([seed, s])
        rows = [r.copy() for r in start]
        curveball(rows, 5 * n, rng)
        indptr = np.concatenate(([0], np.cumsum([r.size for r in rows])))
        S = sp.csr_matrix((np.ones(indptr[-1], dtype=np.int32), np.concatenate(rows), indptr), shape=(n, meetings))
        sampled = (S @ S.T).tocsr()
        # The sample's count of each observed pair (0 when absent).
        x = np.asarray(sampled[rows_i, cols_i]).ravel()
        at_least += x >= counts
        at_most += x <= counts
    return rows_i, cols_i, counts, at_least / samples, at_most / samples
