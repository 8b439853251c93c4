package links

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// ErrBroken is returned by Command when the site has broken links; the
// report has already been written.
var ErrBroken = errors.New("broken links")

// Command runs the linkcheck command line: [-base PATH|URL] [-max N] DIR.
func Command(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("linkcheck", flag.ContinueOnError)
	fs.SetOutput(stdout)
	base := fs.String("base", "/", "the path (/policy/) or URL (https://example.org/policy/) under which DIR is served")
	max := fs.Int("max", 200, "print at most this many problems (0: all)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: generator linkcheck [-base /policy/] [-max N] DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("linkcheck: want one folder, got %d arguments", fs.NArg())
	}
	dir := fs.Arg(0)
	r, err := Check(dir, Options{Base: *base})
	if err != nil {
		return err
	}
	for i, p := range r.Problems {
		if *max > 0 && i == *max {
			fmt.Fprintf(stdout, "… and %d more\n", len(r.Problems)-i)
			break
		}
		fmt.Fprintf(stdout, "%s/%s\n", dir, p)
	}
	fmt.Fprintf(stdout, "linkcheck: %s served at %s: %d files, %d pages, %d internal links checked, %d external not checked, %d broken\n",
		dir, *base, r.Files, r.Pages, r.Links, r.External, len(r.Problems))
	if r.Pages == 0 {
		return fmt.Errorf("linkcheck: no HTML files in %s", dir)
	}
	if len(r.Problems) > 0 {
		return ErrBroken
	}
	return nil
}
