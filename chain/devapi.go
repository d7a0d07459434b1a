package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/huzhu-community/huzhu/contracts"
)

// DevInfo is what a huzhu dev node says about itself (huzhu_devInfo).
type DevInfo struct {
	Version int            `json:"version"`
	ChainID hexutil.Uint64 `json:"chainId"`
	Faucet  common.Address `json:"faucet"`
	Token   common.Address `json:"token"`
	// Pid is the process serving the chain; Background says it is a
	// background server (it stops when idle, and `huzhu node` takes over
	// from it).
	Pid        int  `json:"pid"`
	Background bool `json:"background"`
	// Ready: the node has finished starting (the dev token is deployed).
	// IPC opens only then; HTTP (huzhu node --http) a moment before, so
	// Dial waits for it.
	Ready bool `json:"ready"`
}

// devAPI is the huzhu_ JSON-RPC namespace of the embedded chain. Only a
// huzhu dev node serves it, which is how faucet and warp tell a dev chain
// from any other.
type devAPI struct{ n *DevNode }

// DevInfo serves huzhu_devInfo.
func (a *devAPI) DevInfo() DevInfo {
	return DevInfo{Version: 1, ChainID: DevChainID, Faucet: DevFaucet, Token: DevToken, Pid: os.Getpid(), Background: a.n.background, Ready: a.n.ready.Load()}
}

// Faucet serves huzhu_faucet: sends wei ether and mints tokens (base
// units of the dev KBC) to `to`, returning once both are mined.
func (a *devAPI) Faucet(ctx context.Context, to common.Address, wei, tokens *hexutil.Big) ([]common.Hash, error) {
	var hashes []common.Hash
	if wei != nil && wei.ToInt().Sign() > 0 {
		r, err := a.n.faucet.Send(ctx, &to, nil, wei.ToInt())
		if err != nil {
			return hashes, err
		}
		hashes = append(hashes, r.TxHash)
	}
	if tokens != nil && tokens.ToInt().Sign() > 0 {
		data := contracts.NewKangbaoCoin().PackMint(to, tokens.ToInt())
		token := DevToken
		r, err := a.n.faucet.Send(ctx, &token, data, nil)
		if err != nil {
			return hashes, err
		}
		hashes = append(hashes, r.TxHash)
	}
	return hashes, nil
}

// Warp serves huzhu_warp: moves the chain clock forward and returns the
// new head's timestamp.
func (a *devAPI) Warp(seconds hexutil.Uint64) (hexutil.Uint64, error) {
	t, err := a.n.Warp(time.Duration(seconds) * time.Second)
	return hexutil.Uint64(t), err
}

// SetAutomine serves huzhu_setAutomine: with false, transactions wait in
// the pool until huzhu_mine or automine is turned back on.
func (a *devAPI) SetAutomine(on bool) { a.n.SetAutomine(on) }

// Mine serves huzhu_mine: seals what is waiting in the pool.
func (a *devAPI) Mine() { a.n.Mine() }

// DevInfoOf asks the chain behind c whether it is a huzhu dev node.
func DevInfoOf(ctx context.Context, c *rpc.Client) (*DevInfo, error) {
	var info DevInfo
	if err := c.CallContext(ctx, &info, "huzhu_devInfo"); err != nil {
		if isMethodNotFound(err) {
			return nil, fmt.Errorf("%w: faucet and warp work only on huzhu's embedded chain", ErrNotDevNode)
		}
		return nil, err
	}
	return &info, nil
}

// Faucet funds `to` on a huzhu dev node.
func Faucet(ctx context.Context, c *rpc.Client, to common.Address, wei, tokens *big.Int) ([]common.Hash, error) {
	if _, err := DevInfoOf(ctx, c); err != nil {
		return nil, err
	}
	var hashes []common.Hash
	err := c.CallContext(ctx, &hashes, "huzhu_faucet", to, (*hexutil.Big)(wei), (*hexutil.Big)(tokens))
	return hashes, err
}

// Warp moves the clock of a huzhu dev node forward by d.
func Warp(ctx context.Context, c *rpc.Client, d time.Duration) (time.Time, error) {
	if _, err := DevInfoOf(ctx, c); err != nil {
		return time.Time{}, err
	}
	if d < time.Second {
		return time.Time{}, errors.New("warp: the duration must be at least one second")
	}
	var t hexutil.Uint64
	if err := c.CallContext(ctx, &t, "huzhu_warp", hexutil.Uint64(d/time.Second)); err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(t), 0), nil
}

func isMethodNotFound(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32601 {
		return true
	}
	return strings.Contains(err.Error(), "does not exist/is not available") ||
		strings.Contains(err.Error(), "method not found")
}
