package i18n

// zhServices: the sentences service packages build (Say): refusals,
// checklist lines, what a transaction does.
var zhServices = map[string]string{}
