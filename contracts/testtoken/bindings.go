// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testtoken

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BlocklistTokenMetaData contains all meta data concerning the BlocklistToken contract.
var BlocklistTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Blocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"blocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"setBlocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "2362be9f3a833043a0009d5ae8d930837e",
	Bin: "0x60a060405234801561000f575f5ffd5b506040518060400160405280600f81526020016e213637b1b5b634b9ba102a37b5b2b760891b8152506040518060400160405280600381526020016210931560ea1b81525081600390816100639190610114565b5060046100708282610114565b505033608052506101ce565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100a457607f821691505b6020821081036100c257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010f57805f5260205f20601f840160051c810160208510156100ed5750805b601f840160051c820191505b8181101561010c575f81556001016100f9565b50505b505050565b81516001600160401b0381111561012d5761012d61007c565b6101418161013b8454610090565b846100c8565b6020601f821160018114610173575f831561015c5750848201515b5f19600385901b1c1916600184901b17845561010c565b5f84815260208120601f198516915b828110156101a25787850151825560209485019460019092019101610182565b50848210156101bf57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6080516109846101ed5f395f8181610217015261034101526109845ff3fe608060405234801561000f575f5ffd5b50600436106100ce575f3560e01c806340c10f191161007d578063a9059cbb11610058578063a9059cbb1461019f578063dd62ed3e146101b2578063e5962195146101ea575f5ffd5b806340c10f191461015c57806370a082311461016f57806395d89b4114610197575f5ffd5b806318160ddd116100ad57806318160ddd1461012857806323b872dd1461013a578063313ce5671461014d575f5ffd5b80620af2a1146100d257806306fdde03146100e7578063095ea7b314610105575b5f5ffd5b6100e56100e03660046107d6565b61020c565b005b6100ef61026a565b6040516100fc919061080f565b60405180910390f35b610118610113366004610844565b6102fa565b60405190151581526020016100fc565b6002545b6040519081526020016100fc565b61011861014836600461086c565b610313565b604051601281526020016100fc565b6100e561016a366004610844565b610336565b61012c61017d3660046108a6565b6001600160a01b03165f9081526020819052604090205490565b6100ef610378565b6101186101ad366004610844565b610387565b61012c6101c03660046108c6565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101186101f83660046108a6565b60056020525f908152604090205460ff1681565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610240575f5ffd5b6001600160a01b03919091165f908152600560205260409020805460ff1916911515919091179055565b606060038054610279906108f7565b80601f01602080910402602001604051908101604052809291908181526020018280546102a5906108f7565b80156102f05780601f106102c7576101008083540402835291602001916102f0565b820191905f5260205f20905b8154815290600101906020018083116102d357829003601f168201915b5050505050905090565b5f33610307818585610394565b60019150505b92915050565b5f336103208582856103a6565b61032b858585610440565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461036a575f5ffd5b61037482826104b6565b5050565b606060048054610279906108f7565b5f33610307818585610440565b6103a183838360016104ea565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561043a578181101561042c576040517ffb8f41b20000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61043a84848484035f6104ea565b50505050565b6001600160a01b038316610482576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f6004820152602401610423565b6001600160a01b0382166104ab5760405163ec442f0560e01b81525f6004820152602401610423565b6103a18383836105ee565b6001600160a01b0382166104df5760405163ec442f0560e01b81525f6004820152602401610423565b6103745f83836105ee565b6001600160a01b03841661052c576040517fe602df050000000000000000000000000000000000000000000000000000000081525f6004820152602401610423565b6001600160a01b03831661056e576040517f94280d620000000000000000000000000000000000000000000000000000000081525f6004820152602401610423565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561043a57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105e091815260200190565b60405180910390a350505050565b6001600160a01b0383165f9081526005602052604090205460ff1615610632576040516375e91ce760e01b81526001600160a01b0384166004820152602401610423565b6001600160a01b0382165f9081526005602052604090205460ff1615610676576040516375e91ce760e01b81526001600160a01b0383166004820152602401610423565b6103a18383836001600160a01b0383166106a6578060025f82825461069b919061092f565b9091555061072f9050565b6001600160a01b0383165f9081526020819052604090205481811015610711576040517fe450d38c0000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810182905260448101839052606401610423565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661074b57600280548290039055610769565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516107ae91815260200190565b60405180910390a3505050565b80356001600160a01b03811681146107d1575f5ffd5b919050565b5f5f604083850312156107e7575f5ffd5b6107f0836107bb565b915060208301358015158114610804575f5ffd5b809150509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f60408385031215610855575f5ffd5b61085e836107bb565b946020939093013593505050565b5f5f5f6060848603121561087e575f5ffd5b610887846107bb565b9250610895602085016107bb565b929592945050506040919091013590565b5f602082840312156108b6575f5ffd5b6108bf826107bb565b9392505050565b5f5f604083850312156108d7575f5ffd5b6108e0836107bb565b91506108ee602084016107bb565b90509250929050565b600181811c9082168061090b57607f821691505b60208210810361092957634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561030d57634e487b7160e01b5f52601160045260245ffdfea2646970667358221220be3a2e2b9761d21b78b52e576fbfcb77f0a48b39eaa4b6d44d698cab16c18ba664736f6c634300081e0033",
}

// BlocklistToken is an auto generated Go binding around an Ethereum contract.
type BlocklistToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlocklistToken) GetABI() abi.ABI {
	return c.abi
}

// NewBlocklistToken creates a new instance of BlocklistToken.
func NewBlocklistToken() *BlocklistToken {
	parsed, err := BlocklistTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlocklistToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlocklistToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blocklistToken *BlocklistToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := blocklistToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blocklistToken *BlocklistToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return blocklistToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blocklistToken *BlocklistToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := blocklistToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := blocklistToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return blocklistToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) UnpackApprove(data []byte) (bool, error) {
	out, err := blocklistToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blocklistToken *BlocklistToken) PackBalanceOf(account common.Address) []byte {
	enc, err := blocklistToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blocklistToken *BlocklistToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return blocklistToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blocklistToken *BlocklistToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := blocklistToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocked(address ) view returns(bool)
func (blocklistToken *BlocklistToken) PackBlocked(arg0 common.Address) []byte {
	enc, err := blocklistToken.abi.Pack("blocked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocked(address ) view returns(bool)
func (blocklistToken *BlocklistToken) TryPackBlocked(arg0 common.Address) ([]byte, error) {
	return blocklistToken.abi.Pack("blocked", arg0)
}

// UnpackBlocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5962195.
//
// Solidity: function blocked(address ) view returns(bool)
func (blocklistToken *BlocklistToken) UnpackBlocked(data []byte) (bool, error) {
	out, err := blocklistToken.abi.Unpack("blocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (blocklistToken *BlocklistToken) PackDecimals() []byte {
	enc, err := blocklistToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (blocklistToken *BlocklistToken) TryPackDecimals() ([]byte, error) {
	return blocklistToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (blocklistToken *BlocklistToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := blocklistToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (blocklistToken *BlocklistToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := blocklistToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (blocklistToken *BlocklistToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return blocklistToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (blocklistToken *BlocklistToken) PackName() []byte {
	enc, err := blocklistToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (blocklistToken *BlocklistToken) TryPackName() ([]byte, error) {
	return blocklistToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (blocklistToken *BlocklistToken) UnpackName(data []byte) (string, error) {
	out, err := blocklistToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlocked(address account, bool on) returns()
func (blocklistToken *BlocklistToken) PackSetBlocked(account common.Address, on bool) []byte {
	enc, err := blocklistToken.abi.Pack("setBlocked", account, on)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlocked(address account, bool on) returns()
func (blocklistToken *BlocklistToken) TryPackSetBlocked(account common.Address, on bool) ([]byte, error) {
	return blocklistToken.abi.Pack("setBlocked", account, on)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (blocklistToken *BlocklistToken) PackSymbol() []byte {
	enc, err := blocklistToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (blocklistToken *BlocklistToken) TryPackSymbol() ([]byte, error) {
	return blocklistToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (blocklistToken *BlocklistToken) UnpackSymbol(data []byte) (string, error) {
	out, err := blocklistToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (blocklistToken *BlocklistToken) PackTotalSupply() []byte {
	enc, err := blocklistToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (blocklistToken *BlocklistToken) TryPackTotalSupply() ([]byte, error) {
	return blocklistToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (blocklistToken *BlocklistToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := blocklistToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := blocklistToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return blocklistToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := blocklistToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := blocklistToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return blocklistToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blocklistToken *BlocklistToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := blocklistToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// BlocklistTokenApproval represents a Approval event raised by the BlocklistToken contract.
type BlocklistTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlocklistTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (BlocklistTokenApproval) ContractEventName() string {
	return BlocklistTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (blocklistToken *BlocklistToken) UnpackApprovalEvent(log *types.Log) (*BlocklistTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistTokenApproval)
	if len(log.Data) > 0 {
		if err := blocklistToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BlocklistTokenTransfer represents a Transfer event raised by the BlocklistToken contract.
type BlocklistTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const BlocklistTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (BlocklistTokenTransfer) ContractEventName() string {
	return BlocklistTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (blocklistToken *BlocklistToken) UnpackTransferEvent(log *types.Log) (*BlocklistTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blocklistToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlocklistTokenTransfer)
	if len(log.Data) > 0 {
		if err := blocklistToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blocklistToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (blocklistToken *BlocklistToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["Blocked"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackBlockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], blocklistToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return blocklistToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlocklistTokenBlocked represents a Blocked error raised by the BlocklistToken contract.
type BlocklistTokenBlocked struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Blocked(address account)
func BlocklistTokenBlockedErrorID() common.Hash {
	return common.HexToHash("0x75e91ce73c1d3352d8dd3610443539cd33dfe13b1de8f8caae54ec26dd0dc9cb")
}

// UnpackBlockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Blocked(address account)
func (blocklistToken *BlocklistToken) UnpackBlockedError(raw []byte) (*BlocklistTokenBlocked, error) {
	out := new(BlocklistTokenBlocked)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "Blocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the BlocklistToken contract.
type BlocklistTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func BlocklistTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (blocklistToken *BlocklistToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*BlocklistTokenERC20InsufficientAllowance, error) {
	out := new(BlocklistTokenERC20InsufficientAllowance)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the BlocklistToken contract.
type BlocklistTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func BlocklistTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (blocklistToken *BlocklistToken) UnpackERC20InsufficientBalanceError(raw []byte) (*BlocklistTokenERC20InsufficientBalance, error) {
	out := new(BlocklistTokenERC20InsufficientBalance)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the BlocklistToken contract.
type BlocklistTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func BlocklistTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (blocklistToken *BlocklistToken) UnpackERC20InvalidApproverError(raw []byte) (*BlocklistTokenERC20InvalidApprover, error) {
	out := new(BlocklistTokenERC20InvalidApprover)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the BlocklistToken contract.
type BlocklistTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func BlocklistTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (blocklistToken *BlocklistToken) UnpackERC20InvalidReceiverError(raw []byte) (*BlocklistTokenERC20InvalidReceiver, error) {
	out := new(BlocklistTokenERC20InvalidReceiver)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the BlocklistToken contract.
type BlocklistTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func BlocklistTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (blocklistToken *BlocklistToken) UnpackERC20InvalidSenderError(raw []byte) (*BlocklistTokenERC20InvalidSender, error) {
	out := new(BlocklistTokenERC20InvalidSender)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlocklistTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the BlocklistToken contract.
type BlocklistTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func BlocklistTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (blocklistToken *BlocklistToken) UnpackERC20InvalidSpenderError(raw []byte) (*BlocklistTokenERC20InvalidSpender, error) {
	out := new(BlocklistTokenERC20InvalidSpender)
	if err := blocklistToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
