package targets

import (
	"os"
	"testing"
)

// TestReportFile writes the review sheet of the file named by
// $TARGETS_REPORT, for looking at a document while the command cannot be
// built; it is skipped otherwise.
func TestReportFile(t *testing.T) {
	path := os.Getenv("TARGETS_REPORT")
	if path == "" {
		t.Skip("TARGETS_REPORT not set")
	}
	if err := WriteReport(os.Stdout, path, Extract(parseSeed(t, path))); err != nil {
		t.Fatal(err)
	}
}
