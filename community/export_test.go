package community

// SetReorgDepth makes Logs trust the cache up to n blocks below the head
// (ReorgDepth outside tests), so that tests reach the cache in few blocks.
func SetReorgDepth(c *Community, n uint64) { c.logs.depth = n }

// SetPageLogs sets how many logs one query should return (pageLogs) until
// the test ends.
// and the block range of a reader's first query (firstLogSpan).
func SetPageLogs(t interface{ Cleanup(func()) }, n int, first uint64) {
	oldN, oldFirst := pageLogs, firstLogSpan
	pageLogs, firstLogSpan = n, first
	t.Cleanup(func() { pageLogs, firstLogSpan = oldN, oldFirst })
}
