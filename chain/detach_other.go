//go:build !unix

package chain

import "os/exec"

func detach(cmd *exec.Cmd) {}
