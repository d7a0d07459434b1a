package units

import (
	"math/big"
	"testing"
	"time"
)

func TestParseAmount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"10", "10000000000000000000"},
		{"0.25", "250000000000000000"},
		{".5", "500000000000000000"},
		{"0", "0"},
		{"000001", "1000000000000000000"},
		{"0.000000000000000001", "1"},
		{"5000", "5000000000000000000000"},
	} {
		got, err := ParseAmount(tc.in, 18)
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseAmount(%q): got %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "-1", "1e3", "1,000", "abc", "1.", ".", "0.0000000000000000001", "1 2", "+1", "0x10"} {
		if got, err := ParseAmount(bad, 18); err == nil {
			t.Errorf("ParseAmount(%q): got %v, want an error", bad, got)
		}
	}
	if _, err := ParseAmount("1.5", 0); err == nil {
		t.Error("ParseAmount accepted a fraction of a token without decimals")
	}
}

func TestFormatAmount(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		dec  uint8
		want string
	}{
		{"10000000000000000000", 18, "10"},
		{"250000000000000000", 18, "0.25"},
		{"1", 18, "0.000000000000000001"},
		{"0", 18, "0"},
		{"123", 0, "123"},
		{"-1500", 3, "-1.5"},
	} {
		v, _ := new(big.Int).SetString(tc.raw, 10)
		if got := FormatAmount(v, tc.dec); got != tc.want {
			t.Errorf("FormatAmount(%s, %d): got %q, want %q", tc.raw, tc.dec, got, tc.want)
		}
		if back, err := ParseAmount(tc.want, tc.dec); v.Sign() >= 0 && (err != nil || back.Cmp(v) != 0) {
			t.Errorf("round trip of %s: got %v, %v", tc.raw, back, err)
		}
	}
}

func TestDurations(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		out  string
	}{
		{"90d", 90 * Day, "90d"},
		{"12h", 12 * time.Hour, "12h"},
		{"30m", 30 * time.Minute, "30m"},
		{"1d12h", 36 * time.Hour, "1d12h"},
		{"2w", 14 * Day, "14d"},
		{"45s", 45 * time.Second, "45s"},
	} {
		got, err := ParseDuration(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseDuration(%q): got %v, %v; want %v", tc.in, got, err, tc.want)
		}
		if s := FormatDuration(got); s != tc.out {
			t.Errorf("FormatDuration(%v): got %q, want %q", got, s, tc.out)
		}
	}
	for _, bad := range []string{"", "d", "90", "90x", "-1d", "1.5d", "99999999999999999999d"} {
		if got, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q): got %v, want an error", bad, got)
		}
	}
}

func TestFormatAmountShort(t *testing.T) {
	v, _ := new(big.Int).SetString("9996644182108734704", 10)
	if got := FormatAmountShort(v, 18, 4); got != "9.9966" {
		t.Fatalf("got %q", got)
	}
	if got := FormatAmountShort(big.NewInt(5), 0, 4); got != "5" {
		t.Fatalf("got %q", got)
	}
}

// FormatRough: to the hour from a day on, to the minute below, a minute
// at least; nothing left is 0s.
func TestFormatRough(t *testing.T) {
	for d, want := range map[time.Duration]string{
		-time.Second:                         "0s",
		0:                                    "0s",
		time.Second:                          "1m",
		59 * time.Second:                     "1m",
		time.Minute + 59*time.Second:         "1m",
		23*time.Hour + 59*time.Minute + 59e9: "23h59m",
		24*time.Hour + 59*time.Minute:        "1d",
		2*24*time.Hour + 3*time.Hour + 5e9:   "2d3h",
	} {
		if got := FormatRough(d); got != want {
			t.Errorf("FormatRough(%v) = %q, want %q", d, got, want)
		}
	}
}
