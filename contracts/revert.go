package contracts

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// Revert is a refusal by one of huzhu's contracts, decoded from revert data:
// Name is the Solidity error's name and Value the generated binding struct
// holding its arguments (e.g. *CommunityWaitingPeriod). Data keeps the raw
// bytes for callers that want them.
type Revert struct {
	Name  string
	Value any
	Data  []byte
}

func (r *Revert) Error() string {
	var b strings.Builder
	b.WriteString("contract refused: ")
	b.WriteString(r.Name)
	if r.Value == nil {
		return b.String()
	}
	v := reflect.Indirect(reflect.ValueOf(r.Value))
	if v.Kind() != reflect.Struct {
		fmt.Fprintf(&b, "(%v)", r.Value)
		return b.String()
	}
	b.WriteString("(")
	for i := 0; i < v.NumField(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%v", v.Type().Field(i).Name, v.Field(i).Interface())
	}
	b.WriteString(")")
	return b.String()
}

// DecodeRevert decodes revert data produced by a community's parts or the
// KangbaoCoin contract, or the built-in Error(string) and Panic(uint256).
// It returns nil when the data is empty or names no error it knows. Parts
// share some errors (Calldata, Unauthorized): the first part's binding
// decodes them.
func DecodeRevert(data []byte) *Revert {
	if len(data) < 4 {
		return nil
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return &Revert{Name: "Error", Value: reason, Data: data}
	}
	for _, a := range []struct {
		abi    abi.ABI
		unpack func([]byte) (any, error)
	}{
		{CommunityABI.abi, CommunityABI.UnpackError},
		{BoardABI.abi, BoardABI.UnpackError},
		{ClaimsABI.abi, ClaimsABI.UnpackError},
		{RegistryABI.abi, RegistryABI.UnpackError},
		{TokenABI.abi, TokenABI.UnpackError},
	} {
		for name, e := range a.abi.Errors {
			if string(e.ID[:4]) != string(data[:4]) {
				continue
			}
			v, err := a.unpack(data)
			if err != nil {
				return &Revert{Name: name, Data: data}
			}
			return &Revert{Name: name, Value: v, Data: data}
		}
	}
	return nil
}
