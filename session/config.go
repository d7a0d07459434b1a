package session

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"

	"github.com/huzhu-community/huzhu/internal/atomicfile"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Config is what a data dir remembers between runs (config.json, 0600).
type Config struct {
	// Communities maps a chain id to the community used by default there.
	Communities map[string]string `json:"communities"`
	// Account is the account the interactive wallet opens with when the
	// wallet has several: the one chosen last there (or the demo's
	// founder). The CLI never uses it: a script names its account.
	Account string `json:"account,omitempty"`
}

// ConfigPath is where a data dir keeps its Config.
func ConfigPath(dataDir string) string { return filepath.Join(dataDir, "config.json") }

// LoadConfig reads a data dir's Config; a missing file is an empty one.
func LoadConfig(dataDir string) (*Config, error) {
	cfg := &Config{Communities: map[string]string{}}
	b, err := os.ReadFile(ConfigPath(dataDir))
	if errors.Is(err, os.ErrNotExist) {
		return cfg, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, cfg); err != nil {
		return nil, &Error{Kind: KindFailed, Text: i18n.Say("%s is damaged (%v); fix or remove it", ConfigPath(dataDir), err), Err: err}
	}
	if cfg.Communities == nil {
		cfg.Communities = map[string]string{}
	}
	return cfg, nil
}

// Save writes the config atomically: a crash leaves the old or the new.
func (c *Config) Save(dataDir string) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(ConfigPath(dataDir), append(b, '\n'), 0o600)
}
