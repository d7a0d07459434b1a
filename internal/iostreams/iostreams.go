// Package iostreams decides, in one place, how huzhu talks to the person or
// the program on the other end: whether stdin and stdout are terminals,
// hidden prompts and confirmations (only at a terminal), and progress shown
// on stderr so that stdout carries only the answer.
package iostreams

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// ErrNoTerminal means input was needed but stdin is not a terminal.
var ErrNoTerminal = errors.New("stdin is not a terminal")

// IOStreams are the three standard streams and what they are connected to.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY, stdoutTTY, stderrTTY bool
	inFd                           int

	mu      sync.Mutex
	reader  *bufio.Reader
	spinner *spinner
}

// System returns the process's streams.
func System() *IOStreams {
	isTTY := func(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
	return &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		stdinTTY: isTTY(os.Stdin), stdoutTTY: isTTY(os.Stdout), stderrTTY: isTTY(os.Stderr),
		inFd: int(os.Stdin.Fd()),
	}
}

// Test returns streams over buffers, none of them a terminal.
func Test() (s *IOStreams, in, out, errOut *bytes.Buffer) {
	in, out, errOut = new(bytes.Buffer), new(bytes.Buffer), new(bytes.Buffer)
	return &IOStreams{In: in, Out: out, ErrOut: errOut, inFd: -1}, in, out, errOut
}

// SetTTY marks the streams as terminals or not (tests of interactive paths).
func (s *IOStreams) SetTTY(stdin, stdout bool) { s.stdinTTY, s.stdoutTTY = stdin, stdout }

func (s *IOStreams) IsStdinTTY() bool  { return s.stdinTTY }
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }

// Interactive reports whether huzhu may ask questions.
func (s *IOStreams) Interactive() bool { return s.stdinTTY }

func (s *IOStreams) lineReader() *bufio.Reader {
	if s.reader == nil {
		s.reader = bufio.NewReader(s.In)
	}
	return s.reader
}

// Confirm asks a yes/no question on stderr, followed by hint (the
// answers in the question's language, "[y/N]" in English); the answer is
// no unless the person types yes: y or yes, or in Chinese 是, 是的, 好,
// 对 or 确认.
func (s *IOStreams) Confirm(question, hint string) (bool, error) {
	if !s.stdinTTY {
		return false, ErrNoTerminal
	}
	s.StopProgress("")
	fmt.Fprintf(s.ErrOut, "%s %s ", question, hint)
	line, err := s.lineReader().ReadString('\n')
	if err != nil && line == "" {
		return false, err
	}
	return Yes(line), nil
}

// Yes reports whether an answer to a yes/no question is yes, in English
// or Chinese; anything else (否, n, no, nothing) is no.
func Yes(answer string) bool {
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "y", "yes", "是", "是的", "好", "对", "确认", "确定":
		return true
	}
	return false
}

// Prompt asks for a line of visible input on stderr.
func (s *IOStreams) Prompt(question string) (string, error) {
	if !s.stdinTTY {
		return "", ErrNoTerminal
	}
	s.StopProgress("")
	fmt.Fprint(s.ErrOut, question)
	line, err := s.lineReader().ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// ReadSecret asks for a secret at a hidden prompt. The caller owns and
// should wipe the returned bytes.
func (s *IOStreams) ReadSecret(prompt string) ([]byte, error) {
	if !s.stdinTTY {
		return nil, ErrNoTerminal
	}
	s.StopProgress("")
	fmt.Fprint(s.ErrOut, prompt)
	defer fmt.Fprintln(s.ErrOut)
	if s.inFd < 0 {
		line, err := s.lineReader().ReadString('\n')
		return []byte(strings.TrimRight(line, "\r\n")), err
	}
	return term.ReadPassword(s.inFd)
}

type spinner struct {
	done chan struct{}
	wg   sync.WaitGroup
}

// StartProgress shows msg with a spinner on stderr while slow work runs,
// when stderr is a terminal; otherwise it stays quiet.
func (s *IOStreams) StartProgress(msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.stderrTTY || s.spinner != nil {
		return
	}
	sp := &spinner{done: make(chan struct{})}
	s.spinner = sp
	sp.wg.Add(1)
	go func() {
		defer sp.wg.Done()
		frames := []rune("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for i := 0; ; i++ {
			fmt.Fprintf(s.ErrOut, "\r%c %s", frames[i%len(frames)], msg)
			select {
			case <-sp.done:
				fmt.Fprint(s.ErrOut, "\r\033[K")
				return
			case <-t.C:
			}
		}
	}()
}

// StopProgress stops the spinner and, if final is not empty, prints it on
// stderr (at a terminal).
func (s *IOStreams) StopProgress(final string) {
	s.mu.Lock()
	sp := s.spinner
	s.spinner = nil
	s.mu.Unlock()
	if sp != nil {
		close(sp.done)
		sp.wg.Wait()
	}
	if final != "" && s.stderrTTY {
		fmt.Fprintln(s.ErrOut, final)
	}
}
