package community

// SetReorgDepth makes Logs trust the cache up to n blocks below the head
// (ReorgDepth outside tests), so that tests reach the cache in few blocks.
func SetReorgDepth(c *Community, n uint64) { c.logs.depth = n }
