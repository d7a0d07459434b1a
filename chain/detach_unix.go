//go:build unix

package chain

import (
	"os/exec"
	"syscall"
)

// detach makes cmd a session of its own: no terminal, no signals from the
// one that started it, and it outlives its parent.
func detach(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} }
