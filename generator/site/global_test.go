package site

import "testing"

// TestSubheadings: the house style's headings move one level down, and
// nothing else that starts with "#" does.
func TestSubheadings(t *testing.T) {
	src := "# Title\n\nText with a # in it.\n\n## Part\n\n```sh\n# a comment\n```\n\n   ### Indented\n\n###### Six\n\nSetext\n------\n"
	want := "## Title\n\nText with a # in it.\n\n### Part\n\n```sh\n# a comment\n```\n\n   #### Indented\n\n###### Six\n\nSetext\n------\n"
	if got := string(subheadings([]byte(src))); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
