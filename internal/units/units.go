// Package units parses and formats what people type and read: token
// amounts with decimals ("10", "0.25") and durations in days ("90d",
// "12h", "1d12h", "30m").
package units

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// ParseAmount reads a non-negative decimal amount of a token with the given
// decimals and returns it in base units. It refuses more fractional digits
// than the token has, rather than rounding someone's money.
func ParseAmount(s string, decimals uint8) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("empty amount")
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if whole == "" && frac == "" || strings.ContainsAny(whole+frac, "+-eE_ ,") {
		return nil, fmt.Errorf("%q is not an amount: write it like 10 or 0.25", s)
	}
	if hasDot && frac == "" {
		return nil, fmt.Errorf("%q is not an amount: write it like 10 or 0.25", s)
	}
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%q has more than %d decimal places", s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		return new(big.Int), nil
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("%q is not an amount: write it like 10 or 0.25", s)
	}
	return v, nil
}

// FormatAmount writes base units as a decimal amount without trailing zeros.
func FormatAmount(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if decimals > 0 {
		if len(s) <= int(decimals) {
			s = strings.Repeat("0", int(decimals)-len(s)+1) + s
		}
		cut := len(s) - int(decimals)
		whole, frac := s[:cut], strings.TrimRight(s[cut:], "0")
		s = whole
		if frac != "" {
			s += "." + frac
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FormatAmountShort writes an amount with at most places decimals,
// dropping (never rounding up) the rest: for balances at a glance.
func FormatAmountShort(v *big.Int, decimals, places uint8) string {
	if v == nil || decimals <= places {
		return FormatAmount(v, decimals)
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-places)), nil)
	t := new(big.Int).Quo(v, unit)
	return FormatAmount(t, places)
}

// Day is 24 hours: the chain has no daylight saving.
const Day = 24 * time.Hour

// ParseDuration reads durations such as 90d, 12h, 30m, 45s or 1d12h.
func ParseDuration(s string) (time.Duration, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return 0, errors.New("empty duration")
	}
	var total time.Duration
	rest := in
	for rest != "" {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 || i == len(rest) {
			return 0, fmt.Errorf("%q is not a duration: write it like 90d, 12h or 30m", in)
		}
		n, err := strconv.ParseInt(rest[:i], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%q is not a duration: %w", in, err)
		}
		var unit time.Duration
		switch rest[i] {
		case 'w':
			unit = 7 * Day
		case 'd':
			unit = Day
		case 'h':
			unit = time.Hour
		case 'm':
			unit = time.Minute
		case 's':
			unit = time.Second
		default:
			return 0, fmt.Errorf("%q is not a duration: units are d, h, m and s", in)
		}
		if n > int64((1<<62)/unit) {
			return 0, fmt.Errorf("%q is too long", in)
		}
		total += time.Duration(n) * unit
		rest = rest[i+1:]
	}
	return total, nil
}

// FormatRough writes d to the hour when it is a day or more, else to the
// minute (under a minute is a minute): a time left, an age.
func FormatRough(d time.Duration) string {
	switch {
	case d <= 0:
		return FormatDuration(0)
	case d >= 24*time.Hour:
		d = d.Truncate(time.Hour)
	case d >= time.Minute:
		d = d.Truncate(time.Minute)
	default:
		d = time.Minute
	}
	return FormatDuration(d)
}

// FormatDuration writes d in the largest whole units: 90d, 1d12h, 30m.
func FormatDuration(d time.Duration) string {
	if d == 0 {
		return "0s"
	}
	var b strings.Builder
	if d < 0 {
		b.WriteString("-")
		d = -d
	}
	for _, u := range []struct {
		unit time.Duration
		name string
	}{{Day, "d"}, {time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}} {
		if n := d / u.unit; n > 0 {
			fmt.Fprintf(&b, "%d%s", n, u.name)
			d -= n * u.unit
		}
	}
	return b.String()
}
