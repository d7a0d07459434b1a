// Package keyringtest holds the tests that need the real OS keyring (the
// Secret Service on Linux). They live apart from package wallet's tests
// because go-keyring's mocks (keyring.MockInit) replace its provider for
// the whole process; a package of its own is a test binary of its own.
package keyringtest
