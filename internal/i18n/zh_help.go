package i18n

// zhHelp: the CLI's help: commands' descriptions, flags' usage, and the
// help's own headings.
var zhHelp = map[string]string{}
