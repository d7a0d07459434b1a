// Command huzhu-bench measures huzhu.
//
//	huzhu-bench gas [--json] [--members 1,1000,10000]
//	huzhu-bench cli [--runs 30] [--bin PATH]
//	huzhu-bench sdjwt [--runs 2000]
//	huzhu-bench stats [--members 1000,5000,10000] [--claims-per-10k 2000] [--runs 5] [--bin PATH] [--keep DIR]
//	huzhu-bench tui [--runs 15] [--bin PATH]
//
// gas deploys the community on go-ethereum's simulated backend, registers
// members up to each count and prints the gas of every member operation
// next to ERC-20 baselines measured in the same run (see cmd/huzhu-bench/gasbench).
// It exits 1 when a target is missed.
//
// cli times `huzhu wallet balance --json` as a whole process (start, read
// the keystore list, reach a running node over IPC, answer) and prints the
// median and spread in milliseconds.
//
// stats builds a community of each size (members, and claims approved,
// rejected and left open; see cmd/huzhu-bench/statsbench) on the embedded chain of
// a fresh data dir, served by this process over IPC, and times
// `huzhu community stats --json` as a whole process from a cold and a warm
// log cache, printing the medians in milliseconds.
//
// tui times the interactive wallet as a whole process in a 120x40
// pseudo-terminal, on a data dir with an account and the demo community:
// launch to the first frame, and to the full dashboard, against a running
// huzhu node and with the embedded chain opened by the TUI itself.
//
// sdjwt times the verification of one presentation (5 disclosures, key
// binding) in huzhu and in @sd-jwt/sd-jwt-vc on Node, and prints the ratio.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/huzhu-community/huzhu/cmd/huzhu-bench/gasbench"
)

func main() {
	if len(os.Args) >= 2 && os.Args[1] == "cli" {
		os.Exit(benchCLI(os.Args[2:]))
	}
	if len(os.Args) >= 2 && os.Args[1] == "stats" {
		os.Exit(benchStats(os.Args[2:]))
	}
	if len(os.Args) >= 2 && os.Args[1] == "tui" {
		os.Exit(benchTUI(os.Args[2:]))
	}
	if len(os.Args) >= 2 && os.Args[1] == "sdjwt" {
		os.Exit(benchSDJWT(os.Args[2:]))
	}
	if len(os.Args) < 2 || os.Args[1] != "gas" {
		fmt.Fprintln(os.Stderr, "usage: huzhu-bench gas [--json] [--members 1,1000,10000] | huzhu-bench cli [--runs N] [--bin PATH]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet("gas", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON array")
	members := fs.String("members", "1,1000,10000", "member counts, ascending")
	if err := fs.Parse(os.Args[2:]); err != nil {
		os.Exit(2)
	}
	var counts []int
	for _, f := range strings.Split(*members, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || (len(counts) > 0 && n <= counts[len(counts)-1]) {
			fmt.Fprintf(os.Stderr, "huzhu-bench: --members wants ascending positive counts, got %q\n", *members)
			os.Exit(2)
		}
		counts = append(counts, n)
	}
	rows, err := gasbench.Run(context.Background(), counts, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "huzhu-bench:", err)
		os.Exit(1)
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rows); err != nil {
			os.Exit(1)
		}
	} else {
		fmt.Print(gasbench.Table(rows))
	}
	if misses := gasbench.Check(rows); len(misses) > 0 {
		for _, m := range misses {
			fmt.Fprintln(os.Stderr, "target missed:", m)
		}
		os.Exit(1)
	}
}
