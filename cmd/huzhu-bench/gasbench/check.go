package gasbench

import (
	"fmt"
	"strings"
)

// Targets, as ratios to the baselines measured in the same run.
const (
	JoinPerFresh          = 1.3
	ContributePerExisting = 1.4
	VotePerExisting       = 1.0
	SubmitPerFresh        = 2.5
	SpreadAcrossCounts    = 0.01
)

// EnvelopeCost is the calldata (16 gas a byte, counted as nonzero) plus
// log data (8 gas a byte) cost of an envelope of n bytes.
func EnvelopeCost(n int) uint64 { return uint64(n) * (16 + 8) }

// Limit returns the gas target of a row, or 0 where the issue sets none
// beyond independence from member count.
func Limit(r Row) uint64 {
	switch r.Op {
	case "join":
		return uint64(JoinPerFresh * float64(r.BaselineFresh))
	case "contribute":
		return uint64(ContributePerExisting * float64(r.BaselineExisting))
	case "notary_vote":
		return uint64(VotePerExisting * float64(r.BaselineExisting))
	case "submit_claim":
		return uint64(SubmitPerFresh*float64(r.BaselineFresh)) + EnvelopeCost(r.EnvelopeBytes)
	}
	return 0
}

// Check returns every missed target.
func Check(rows []Row) []string {
	var misses []string
	lo, hi := map[string]uint64{}, map[string]uint64{}
	for _, r := range rows {
		if l := Limit(r); l > 0 && r.Gas > l {
			misses = append(misses, fmt.Sprintf("%s at %d members: %d gas, target %d", r.Op, r.Members, r.Gas, l))
		}
		if lo[r.Op] == 0 || r.Gas < lo[r.Op] {
			lo[r.Op] = r.Gas
		}
		hi[r.Op] = max(hi[r.Op], r.Gas)
	}
	for _, op := range Operations {
		if lo[op] > 0 && float64(hi[op]-lo[op]) > SpreadAcrossCounts*float64(lo[op]) {
			misses = append(misses, fmt.Sprintf("%s: gas varies with member count, %d to %d", op, lo[op], hi[op]))
		}
	}
	return misses
}

// Table renders rows as a Markdown table, with each target and the ratio
// to the baseline it is measured against.
func Table(rows []Row) string {
	var b strings.Builder
	b.WriteString("| op | members | gas | target | vs baseline |\n|---|---:|---:|---:|---|\n")
	for _, r := range rows {
		target, ratio := "-", "-"
		if l := Limit(r); l > 0 {
			target = fmt.Sprint(l)
		}
		switch r.Op {
		case "join":
			ratio = fmt.Sprintf("%.2fx fresh", float64(r.Gas)/float64(r.BaselineFresh))
		case "contribute", "notary_vote":
			ratio = fmt.Sprintf("%.2fx existing", float64(r.Gas)/float64(r.BaselineExisting))
		case "submit_claim":
			ratio = fmt.Sprintf("%.2fx fresh + envelope", float64(r.Gas-EnvelopeCost(r.EnvelopeBytes))/float64(r.BaselineFresh))
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %s | %s |\n", r.Op, r.Members, r.Gas, target, ratio)
	}
	if len(rows) > 0 {
		fmt.Fprintf(&b, "\nBaselines (ERC-20 transferFrom): to an existing holder %d gas, to a fresh address %d gas.\n",
			rows[0].BaselineExisting, rows[0].BaselineFresh)
	}
	return b.String()
}
