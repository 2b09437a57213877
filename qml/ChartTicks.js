// Tick spacing shared by the charts: people read 0, 10, 20, 30, not 0, 7.5, 15, 22.5.
.pragma library

/// A tick spacing of 1, 2 or 5 × 10^k giving about five ticks over `span`.
function niceStep(span) {
    if (!(span > 0) || !isFinite(span))
        return 1
    const raw = span / 5
    const magnitude = Math.pow(10, Math.floor(Math.log10(raw)))
    for (const m of [1, 2, 5])
        if (m * magnitude >= raw)
            return m * magnitude
    return 10 * magnitude
}
