package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// issuerListResult is `huzhu issuer list`: the issuer keys kept in this
// data dir, and the chosen community's registry with the changes
// notaries asked for that wait for more votes.
type issuerListResult struct {
	Local     []localIssuerJSON `json:"local"`
	Community string            `json:"community,omitempty"`
	Registry  []registryKeyJSON `json:"registry"`
	Pending   []proposalJSON    `json:"pending"`
	Quorum    int               `json:"quorum,omitempty"`
}

type localIssuerJSON struct {
	Name       string `json:"name"`
	Slug       string `json:"slug"`
	Created    string `json:"created"`
	Thumbprint string `json:"thumbprint_hex,omitempty"`
	// Trusted is the chosen community's view of the key (absent without one).
	Trusted *bool `json:"trusted,omitempty"`
}

type registryKeyJSON struct {
	Thumbprint string `json:"thumbprint_hex"`
	Issuer     string `json:"issuer"`
	Trusted    bool   `json:"trusted"`
	Block      uint64 `json:"block"`
	By         string `json:"by"`
	Local      string `json:"local_name,omitempty"`
}

type proposalJSON struct {
	Thumbprint string   `json:"thumbprint_hex"`
	Issuer     string   `json:"issuer"`
	Trusted    bool     `json:"trusted"`
	Term       uint32   `json:"term"`
	Voters     []string `json:"voters"`
	Approvals  uint64   `json:"approvals"`
}

func newIssuerListCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List this data dir's issuer keys and the community's trusted-issuer registry with pending votes",
		Long: `List the issuer keys kept in this data dir (DATA_DIR/issuers) and, when a community is
chosen, its trusted-issuer registry rebuilt from its events: every key ever bound to an
issuer identity, whether it is trusted now, and the changes sitting notaries asked for
(issuer trust) that still wait for a quorum of votes in this term.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := a.runIssuerList(cmd.Context())
			if err != nil {
				return err
			}
			if a.g.JSON {
				return a.writeJSON(res)
			}
			a.printIssuerList(res)
			return nil
		},
	}
}

func (a *app) runIssuerList(ctx context.Context) (*issuerListResult, error) {
	res := &issuerListResult{Local: []localIssuerJSON{}, Registry: []registryKeyJSON{}, Pending: []proposalJSON{}}
	keys, err := wallet.NewIssuerStore(a.g.DataDir).List()
	if err != nil {
		return nil, err
	}
	local := map[common.Hash]string{}
	for _, k := range keys {
		l := localIssuerJSON{Name: k.Display, Slug: k.Name, Created: timeJSON(k.Created)}
		if b, err := os.ReadFile(filepath.Join(filepath.Dir(k.File), "jwk.json")); err == nil {
			var pub struct {
				Thumbprint string `json:"thumbprint_hex"`
			}
			if json.Unmarshal(b, &pub) == nil && pub.Thumbprint != "" {
				l.Thumbprint = pub.Thumbprint
				local[common.HexToHash(pub.Thumbprint)] = k.Display
			}
		}
		res.Local = append(res.Local, l)
	}
	com, err := a.community(ctx)
	if errors.Is(err, session.ErrNoCommunity) && len(keys) > 0 {
		return res, nil // an issuer needs no community
	}
	if err != nil {
		return nil, err
	}
	reg, err := com.Registry(ctx)
	if err != nil {
		return nil, err
	}
	res.Community, res.Quorum = com.Address.Hex(), com.Params().Quorum
	trust := map[common.Hash]bool{}
	for _, k := range reg.Keys {
		trust[k.Thumbprint] = k.Trusted
		res.Registry = append(res.Registry, registryKeyJSON{
			Thumbprint: common.Hash(k.Thumbprint).Hex(), Issuer: common.Hash(k.Issuer).Hex(), Trusted: k.Trusted,
			Block: k.Block, By: k.By.Hex(), Local: local[k.Thumbprint],
		})
	}
	for i := range res.Local {
		if res.Local[i].Thumbprint != "" {
			t := trust[common.HexToHash(res.Local[i].Thumbprint)]
			res.Local[i].Trusted = &t
		}
	}
	for _, p := range reg.Pending {
		res.Pending = append(res.Pending, proposalJSON{
			Thumbprint: common.Hash(p.Thumbprint).Hex(), Issuer: common.Hash(p.Issuer).Hex(), Trusted: p.Trusted,
			Term: p.Term, Voters: addrsJSON(p.Voters), Approvals: p.Approvals,
		})
	}
	return res, nil
}

func (a *app) printIssuerList(res *issuerListResult) {
	if len(res.Local) > 0 {
		a.say("Issuer keys kept here:")
		for _, l := range res.Local {
			state := ""
			if l.Trusted != nil {
				state = a.p.T("not trusted")
				if *l.Trusted {
					state = a.p.T("trusted")
				}
			}
			a.row(l.Name, l.Slug, l.Thumbprint, state)
		}
	}
	if res.Community == "" {
		return
	}
	if len(res.Registry) == 0 {
		a.say("The community's registry is empty: no issuer is trusted yet.")
	} else {
		a.say("Registry of %s:", res.Community)
		for _, k := range res.Registry {
			state := a.p.T("revoked")
			if k.Trusted {
				state = a.p.T("trusted")
			}
			a.row(k.Thumbprint, state, a.p.Sprintf("issuer %s", k.Issuer), a.p.Sprintf("block %d", k.Block), k.Local)
		}
	}
	for _, p := range res.Pending {
		what := a.p.T("trust")
		if !p.Trusted {
			what = a.p.T("revoke")
		}
		a.row(a.p.Sprintf("pending: %s %s", what, p.Thumbprint), a.p.Sprintf("%d of %d votes", p.Approvals, res.Quorum))
	}
}
