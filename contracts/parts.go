package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// The four parts of a community, in the order they are deployed (each
// one's address is planned before any is sent: see chain.DeployCommunity).
const (
	PartCommunity = iota
	PartBoard
	PartClaims
	PartRegistry
	PartCount
)

// PartNames name the parts, in deploy order.
var PartNames = [PartCount]string{"community", "board", "claims", "registry"}

// ABIs of the parts and the token, parsed once.
var (
	CommunityABI = NewCommunity()
	BoardABI     = NewBoard()
	ClaimsABI    = NewClaims()
	RegistryABI  = NewRegistry()
	TokenABI     = NewKangbaoCoin()
)

// partABIs are the parts' ABIs, in deploy order.
var partABIs = [PartCount]*abi.ABI{&CommunityABI.abi, &BoardABI.abi, &ClaimsABI.abi, &RegistryABI.abi}

// PartBin is each part's creation code (hex), in deploy order.
var PartBin = [PartCount]string{CommunityMetaData.Bin, BoardMetaData.Bin, ClaimsMetaData.Bin, RegistryMetaData.Bin}

// Addresses lists the parts' addresses, in deploy order.
func (p Parts) Addresses() []common.Address {
	return []common.Address{p.Community, p.Board, p.Claims, p.Registry}
}

// At is the address of part i (PartCommunity...).
func (p Parts) At(i int) common.Address { return p.Addresses()[i] }

// Has reports whether a is one of the parts.
func (p Parts) Has(a common.Address) bool {
	return a != (common.Address{}) && (a == p.Community || a == p.Board || a == p.Claims || a == p.Registry)
}

// selectors maps every state-changing function's selector to its part.
var selectors = func() map[[4]byte]int {
	m := map[[4]byte]int{}
	for i, a := range partABIs {
		for _, method := range a.Methods {
			if method.IsConstant() {
				continue
			}
			var id [4]byte
			copy(id[:], method.ID)
			if _, dup := m[id]; dup {
				panic("contracts: two parts share the selector of " + method.Sig)
			}
			m[id] = i
		}
	}
	return m
}()

// To is the part a transaction's calldata is for (by its selector), and
// whether it names one of the parts' state-changing functions.
func (p Parts) To(data []byte) (common.Address, bool) {
	if len(data) < 4 {
		return common.Address{}, false
	}
	i, ok := selectors[[4]byte(data[:4])]
	if !ok {
		return common.Address{}, false
	}
	return p.At(i), true
}

// eventDecoder is one event of one part and its binding's decoder.
type eventDecoder struct {
	part   int
	name   string
	unpack reflect.Value // the binding's Unpack<Name>Event
}

// events maps every part's event id to its part and decoder, found once.
var events = func() map[common.Hash]eventDecoder {
	bindings := [PartCount]any{CommunityABI, BoardABI, ClaimsABI, RegistryABI}
	m := map[common.Hash]eventDecoder{}
	for i, a := range partABIs {
		for _, e := range a.Events {
			if _, dup := m[e.ID]; dup {
				panic("contracts: two parts share the event " + e.Sig)
			}
			m[e.ID] = eventDecoder{part: i, name: e.RawName, unpack: reflect.ValueOf(bindings[i]).MethodByName("Unpack" + e.RawName + "Event")}
		}
	}
	return m
}()

// ErrUnknownEvent is a log no part of a community emits.
var ErrUnknownEvent = errors.New("not an event of a huzhu community")

// EventID is the topic of the event called name in any part (zero if no
// part has it).
func EventID(name string) common.Hash {
	for _, a := range partABIs {
		if e, ok := a.Events[name]; ok {
			return e.ID
		}
	}
	return common.Hash{}
}

// EventPart is the part that emits the event with topic id, and whether
// one does.
func EventPart(id common.Hash) (int, bool) {
	e, ok := events[id]
	return e.part, ok
}

// DecodeEvent decodes a log of one of the parts into its binding struct
// (*CommunityDuesPaid, *ClaimsClaimSubmitted, ...), or fails with
// ErrUnknownEvent. It does not check which address emitted the log:
// callers check that it is the part EventPart names (Parts.Emits).
func DecodeEvent(l *types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, ErrUnknownEvent
	}
	d, ok := events[l.Topics[0]]
	if !ok {
		return nil, fmt.Errorf("%w: topic %s", ErrUnknownEvent, l.Topics[0].Hex())
	}
	out := d.unpack.Call([]reflect.Value{reflect.ValueOf(l)})
	if err, _ := out[1].Interface().(error); err != nil {
		return nil, fmt.Errorf("decode %s: %w", d.name, err)
	}
	return out[0].Interface(), nil
}

// Emits reports whether l is an event that its emitter, one of the parts,
// emits: the right part for its topic, and not removed by a reorganisation.
func (p Parts) Emits(l *types.Log) bool {
	if l.Removed || len(l.Topics) == 0 {
		return false
	}
	d, ok := events[l.Topics[0]]
	return ok && l.Address == p.At(d.part)
}

// ClaimCommitment is what the Claims part stores of a claim, and what
// every vote must name: keccak256(abi.encode(member, amount, term,
// nullifier, envelopeHash)).
func ClaimCommitment(member common.Address, amount *big.Int, term uint32, nullifier, envelopeHash [32]byte) [32]byte {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	return crypto.Keccak256Hash(word(member[:]), word(amount.Bytes()), word(new(big.Int).SetUint64(uint64(term)).Bytes()), nullifier[:], envelopeHash[:])
}

// IssHash is keccak256 of an iss, as the Registry part ties an identity
// to it.
func IssHash(iss string) [32]byte { return crypto.Keccak256Hash([]byte(iss)) }
