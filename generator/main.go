// Command generator turns the policy documents in seeds/ into the content of
// a bilingual explainer site.
//
//	go run ./generator parse FILE     print the parsed model of FILE (- for stdin) as JSON
//	go run ./generator survey DIR…   parse every text file under DIR and report what was found
//	go run ./generator check          report missing, stale and inconsistent translations and house-style errors
//	go run ./generator generate       write content/, data/ and the downloads from seeds/
//	go run ./generator cards          draw the share cards that are not drawn yet into assets/cards/
//	go run ./generator shard -o DIR I/N   write the Hugo site of shard I of N (or "lists") of a sharded build
//	go run ./generator merge -o DIR JOBDIR…  join the sharded build's outputs
//	go run ./generator linkcheck DIR  check the internal links of a built site
//	go run ./generator stamp ID       record the hash of the Chinese in every unhashed unit of seeds/ID/en.toml
//
// Warnings go to standard error as file:line:col: warning: message.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"mingbai/generator/library"
	"mingbai/generator/links"
	"mingbai/generator/policy"
	"mingbai/generator/seed"
	"mingbai/generator/site"
	"mingbai/generator/targets"
	"mingbai/generator/translation"
)

func main() {
	os.Exit(run(".", os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: generator <command> [arguments]

commands:
  parse FILE   print the model of FILE as JSON (FILE may be - for standard input)
  targets FILE list every figure of FILE with the decision taken (target, past
               result, baseline, forecast, not a quantity) and why, then its targets
  survey [-json] [-q] [-min-parsed P] [-min-dated P] [-min-issuers P] [-min-titled P] [-min-articles P] DIR…
               parse every .txt and .md file under the folders and report, per
               file, whether it parsed, its header fields, its structure and its
               warnings by kind, then the totals; fail under the thresholds
  check        report, per document, missing and stale translation units, glossary
               terms translated inconsistently, summaries over their limits,
               house-style errors (seeds/STYLE.md), misplaced editor's notes,
               unused glossary entries, and banned spellings in the UI strings
               (i18n/en.toml, content/en/) and data (data/, static/data/); fail on any spelling,
               date, bracket, quote, glossary, 以上, 力争 or note error, and if a
               document marked complete is not complete
  generate [-check] [-k]
               write content/, data/, static/data/ and assets/generated/ from seeds/;
               with -check, only report whether the committed files are up to date;
               with -k, leave out the documents that do not parse (each reported
               with its error) instead of failing: for a large library
  cards        draw the share cards the card lists name (assets/generated/cards/)
               into assets/cards/, of the kinds hugo.toml's params.cards.kinds asks
               for, and delete those no list names; generate ends with it
  shard -o DIR I/N|lists
               write the Hugo site of one job of a sharded build into DIR: shard I
               of N (the pages of its documents, by a hash of their IDs) or the
               pages that list all documents (generator/shard; scripts/build --shard)
  merge -o DIR JOBDIR…
               join the built sites of a sharded build's jobs into DIR
  linkcheck [-base PATH] DIR
               check that every internal link, asset and #fragment of a built
               site resolves; PATH is the sub-path (or URL) it is served under
  stamp ID     stamp the current Chinese hash into every unit of seeds/ID/en.toml
               whose hash is empty (after a translator has reviewed it)
`

// run executes one command in the project whose root folder (the one
// holding seeds/) is root, and returns the exit status. A relative FILE or
// DIR argument is taken relative to root.
func run(root string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "parse":
		err = parseCmd(inRoot(root, args[1:]), stdin, stdout, stderr)
	case "targets":
		err = targetsCmd(inRoot(root, args[1:]), stdin, stdout, stderr)
	case "survey":
		err = surveyCmd(args[1:], stdout, stderr)
	case "check":
		err = checkCmd(root, stdout)
	case "generate":
		err = generateCmd(root, args[1:], stdout)
		if err == nil && !slices.Contains(args[1:], "-check") {
			err = generateCards(root, stdout, stderr)
		}
	case "cards":
		err = cardsCmd(root, args[1:], stdout, stderr)
	case "stamp":
		err = stampCmd(root, args[1:], stdout)
	case "shard":
		err = shardCmd(root, args[1:], stdout, stderr)
	case "merge":
		err = mergeCmd(root, args[1:], stdout, stderr)
	case "linkcheck":
		err = linkcheckCmd(inRoot(root, args[1:]), stdout)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "generator: unknown command %q\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		// Positioned errors (file:line:col: …) are printed as they are, so
		// that editors can jump to them; others say where they come from.
		var perr *policy.Error
		if errors.As(err, &perr) {
			fmt.Fprintln(stderr, err)
		} else {
			fmt.Fprintln(stderr, "generator:", err)
		}
		return 1
	}
	return 0
}

// inRoot returns args with its last argument, a file or folder, made
// relative to root; "-" (standard input), flags and absolute paths stay.
//
//	inRoot("/tmp/p", ["-base", "/x/", "public"]) → ["-base", "/x/", "/tmp/p/public"]
func inRoot(root string, args []string) []string {
	if len(args) == 0 {
		return args
	}
	last := args[len(args)-1]
	if last == "-" || strings.HasPrefix(last, "-") || filepath.IsAbs(last) {
		return args
	}
	out := slices.Clone(args)
	out[len(out)-1] = filepath.Join(root, last)
	return out
}

func parseCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	s, doc, err := parseArg("parse", args, stdin, stderr)
	if err != nil {
		return err
	}
	out := doc.JSON(s.Path)
	out.Targets = targets.Extract(doc).Targets
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// parseArg parses the one FILE argument of command cmd (- for standard
// input, with the errata of its seed folder if it has one) and prints the
// warnings and notices to stderr.
func parseArg(cmd string, args []string, stdin io.Reader, stderr io.Writer) (*seed.Seed, *policy.Document, error) {
	if len(args) != 1 {
		return nil, nil, fmt.Errorf("usage: generator %s FILE", cmd)
	}
	var s *seed.Seed
	if args[0] == "-" {
		src, err := io.ReadAll(stdin)
		if err != nil {
			return nil, nil, err
		}
		s = &seed.Seed{ID: "stdin", Path: "<stdin>", Source: src}
	} else {
		var err error
		if s, err = seed.Open(args[0]); err != nil {
			return nil, nil, err
		}
	}
	doc, err := s.Parse()
	if err != nil {
		return nil, nil, err
	}
	printDiagnostics(stderr, s.Path, doc)
	return s, doc, nil
}

func printDiagnostics(w io.Writer, file string, doc *policy.Document) {
	for _, d := range doc.Notices {
		fmt.Fprintf(w, "%s:%s\n", file, d.String())
	}
	for _, d := range doc.Warnings {
		fmt.Fprintf(w, "%s:%s\n", file, d.String())
	}
}

// errCheck is returned when check found a document that is not as complete
// as its seed claims; the report has already said why.
var errCheck = errors.New("check failed")

func checkCmd(root string, stdout io.Writer) error {
	lib, err := library.Load(root)
	if err != nil {
		return err
	}
	for _, n := range lib.Notes {
		fmt.Fprintln(stdout, n)
	}
	failed := 0
	var all [][]translation.Unit
	for _, d := range lib.Docs {
		d.Report.Write(stdout, d.Seed.Path, d.EnPath(), d.SummariesPath())
		if !d.Report.OK() {
			failed++
		}
		all = append(all, d.Units)
	}
	for _, t := range translation.UnusedTerms(lib.Glossary, all...) {
		fmt.Fprintf(stdout, "seeds/glossary.toml: term %s (%s) is used by no document\n", t.ID, t.Zh)
	}
	glossary := translation.GlossaryProblems(filepath.Join(root, "seeds", "glossary.toml"), lib.Glossary)
	// The UI strings, the English pages and the data the site offers keep
	// the house spelling too.
	ui, err := translation.UIProblems(filepath.Join(root, "i18n", "en.toml"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	data, err := translation.DataProblems(filepath.Join(root, "data"), filepath.Join(root, "static", "data"))
	if err != nil {
		return err
	}
	pages, err := translation.PageProblems(filepath.Join(root, "content", "en"))
	if err != nil {
		return err
	}
	glossary = append(append(append(glossary, ui...), data...), pages...)
	for _, p := range glossary {
		fmt.Fprintln(stdout, p)
	}
	fmt.Fprintf(stdout, "check: %d documents, %d failed", len(lib.Docs), failed)
	if len(glossary) > 0 {
		fmt.Fprintf(stdout, "; %d problems in the glossary, UI strings, pages and data", len(glossary))
	}
	fmt.Fprintln(stdout)
	if failed > 0 || len(glossary) > 0 {
		return errCheck
	}
	return nil
}

func stampCmd(root string, args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: generator stamp ID")
	}
	lib, err := library.Load(root)
	if err != nil {
		return err
	}
	for _, d := range lib.Docs {
		if d.Seed.ID != args[0] {
			continue
		}
		ids, err := translation.Stamp(d.EnPath(), d.Units)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: stamped %d units\n", d.EnPath(), len(ids))
		return nil
	}
	return fmt.Errorf("no document %q in seeds/", args[0])
}

func generateCmd(root string, args []string, stdout io.Writer) error {
	var opt site.Options
	for _, a := range args {
		switch a {
		case "-check":
			opt.Check = true
		case "-k":
			opt.KeepGoing = true
		default:
			return fmt.Errorf("usage: generator generate [-check] [-k]")
		}
	}
	check := opt.Check
	res, err := site.GenerateWith(root, opt)
	if err != nil {
		return err
	}
	for _, n := range res.Notes {
		fmt.Fprintln(stdout, n)
	}
	for _, e := range res.Skipped {
		fmt.Fprintln(stdout, e)
	}
	if len(res.Skipped) > 0 {
		fmt.Fprintf(stdout, "generate: %d documents left out (-k): they do not parse; the errors above say where and how to fix them\n", len(res.Skipped))
	}
	if check {
		if len(res.Diffs) > 0 {
			return fmt.Errorf("the committed output is out of date with seeds/; run `go run ./generator generate` and commit:\n  %s", strings.Join(res.Diffs, "\n  "))
		}
		fmt.Fprintf(stdout, "generate: %d files up to date\n", res.Files)
		return nil
	}
	fmt.Fprintf(stdout, "generate: %d files for %d documents; %d written, %d removed", res.Files, res.Docs, res.Written, len(res.Removed))
	switch {
	case res.Current:
		fmt.Fprint(stdout, " (the manifest shows them current: nothing parsed)")
	case !check && res.Parsed < res.Docs:
		fmt.Fprintf(stdout, "; %d parsed, %d unchanged since the last run", res.Parsed, res.Docs-res.Parsed)
	}
	fmt.Fprintln(stdout)
	return nil
}

// linkcheckCmd checks the internal links of a built site: [-base /policy/] DIR.
func linkcheckCmd(args []string, stdout io.Writer) error {
	return links.Command(args, stdout)
}
