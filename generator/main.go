// Command generator turns the policy documents in seeds/ into the content of
// a bilingual explainer site.
//
//	go run ./generator parse FILE     print the parsed model of FILE (- for stdin) as JSON
//
// Warnings go to standard error as file:line:col: warning: message.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"mingbai/generator/policy"
	"mingbai/generator/seed"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: generator <command> [arguments]

commands:
  parse FILE   print the model of FILE as JSON (FILE may be - for standard input)
`

// run executes one command and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "parse":
		err = parseCmd(args[1:], stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "generator: unknown command %q\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		var perr *policy.Error
		if errors.As(err, &perr) {
			fmt.Fprintln(stderr, perr.Error())
		} else {
			fmt.Fprintln(stderr, "generator:", err)
		}
		return 1
	}
	return 0
}

func parseCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: generator parse FILE")
	}
	var s *seed.Seed
	if args[0] == "-" {
		src, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		s = &seed.Seed{ID: "stdin", Path: "<stdin>", Source: src}
	} else {
		var err error
		if s, err = seed.Open(args[0]); err != nil {
			return err
		}
	}
	doc, err := s.Parse()
	if err != nil {
		return err
	}
	printDiagnostics(stderr, s.Path, doc)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc.JSON(s.Path))
}

func printDiagnostics(w io.Writer, file string, doc *policy.Document) {
	for _, d := range doc.Notices {
		fmt.Fprintf(w, "%s:%s\n", file, d.String())
	}
	for _, d := range doc.Warnings {
		fmt.Fprintf(w, "%s:%s\n", file, d.String())
	}
}
