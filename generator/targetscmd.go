package main

import (
	"fmt"
	"io"

	"mingbai/generator/seed"
	"mingbai/generator/targets"
)

// targetsCmd prints, for one document, every figure the target extractor
// found and the decision it took, with the reason, then the target table and
// any goal tables: the review sheet an editor reads before publishing.
//
//	19:24  c1  target       9%以上  a growth target → c1-t1
//	57:12  c3  past result  5.2%    a past result (2023年)
func targetsCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: generator targets FILE")
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
	return targets.WriteReport(stdout, s.Path, targets.Extract(doc))
}
