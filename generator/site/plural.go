package site

// plural picks the English singular or plural form for n.
//
// Only global.go's page summaries still use it: they move to i18n/ (say)
// once that file's work on another branch is merged (issue 23, item 4).
// TestNoWordingInGo lists this file as not yet clean.
func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
