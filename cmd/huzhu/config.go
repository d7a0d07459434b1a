package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/huzhu-community/huzhu/internal/atomicfile"
)

// config is what a data dir remembers between runs (config.json, 0600).
type config struct {
	// Communities maps a chain id to the community used by default there.
	Communities map[string]string `json:"communities"`
}

func configPath(dataDir string) string { return filepath.Join(dataDir, "config.json") }

func loadConfig(dataDir string) (*config, error) {
	cfg := &config{Communities: map[string]string{}}
	b, err := os.ReadFile(configPath(dataDir))
	if errors.Is(err, os.ErrNotExist) {
		return cfg, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, cfg); err != nil {
		return nil, fmt.Errorf("%s is damaged (%v); fix or remove it", configPath(dataDir), err)
	}
	if cfg.Communities == nil {
		cfg.Communities = map[string]string{}
	}
	return cfg, nil
}

// save writes the config atomically: a crash leaves the old or the new.
func (c *config) save(dataDir string) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(configPath(dataDir), append(b, '\n'), 0o600)
}
