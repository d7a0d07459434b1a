package claims

import (
	"context"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/community"
)

// Noticed is an approved claim in its public notice (SPEC section 4, v2):
// what anyone sees of it before it is paid.
type Noticed struct {
	Claim
	// JoinedAt is the member's join date in force when the claim was
	// filed (the age of their membership at filing is SubmittedAt -
	// JoinedAt).
	JoinedAt time.Time
	// Left is how long the notice still runs.
	Left time.Duration
}

// MembershipAge is how long the member had been a member when filing.
func (n Noticed) MembershipAge() time.Duration {
	if n.JoinedAt.IsZero() {
		return 0
	}
	return n.SubmittedAt.Sub(n.JoinedAt)
}

// Notice is what is in public notice now, and where each noticed board's
// recall stands.
type Notice struct {
	ChainTime time.Time
	Claims    []Noticed
	// Recalls are the recalls of the sitting board and of the boards
	// whose claims are in notice, by term.
	Recalls []*community.Recall
	// Queued are approved claims past their notice, waiting for the pool
	// or the period's cap (paid in approval order by anyone's settle).
	Queued []Claim
}

// Notice lists the claims in public notice (soonest to end first), the
// recall of each board they belong to (with member's signature, if member
// is not zero), and the approved claims waiting to be paid.
func (s *Service) Notice(ctx context.Context, member common.Address) (*Notice, error) {
	all, err := s.List(ctx, nil)
	if err != nil {
		return nil, err
	}
	now, err := s.chainTime(ctx)
	if err != nil {
		return nil, err
	}
	sitting, err := s.Com.CurrentTerm(ctx)
	if err != nil {
		return nil, err
	}
	n := &Notice{ChainTime: now}
	terms := map[uint32]bool{sitting: true} // the sitting board's recall, always
	for _, c := range all {
		if c.Status != StatusApproved {
			continue
		}
		if !c.InNotice(now) {
			n.Queued = append(n.Queued, c)
			continue
		}
		// The join date in force when the claim was filed (a re-join
		// since moves the member's join date now).
		j, _, err := s.membershipAt(ctx, c.Member, c.submitAt)
		if err != nil {
			return nil, err
		}
		n.Claims = append(n.Claims, Noticed{Claim: c, JoinedAt: j, Left: c.NoticeEndsAt.Sub(now)})
		terms[c.Term] = true
	}
	sort.SliceStable(n.Claims, func(i, j int) bool { return n.Claims[i].NoticeEndsAt.Before(n.Claims[j].NoticeEndsAt) })
	var ts []uint32
	for t := range terms {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	for _, t := range ts {
		r, err := s.Com.Recall(ctx, t, member)
		if err != nil {
			return nil, err
		}
		n.Recalls = append(n.Recalls, r)
	}
	return n, nil
}
