package main

import (
	"io"

	"mingbai/generator/targets"
)

// targetsCmd prints, for one document, every figure the target extractor
// found and the decision it took, with the reason, then the target table and
// any goal tables: the review sheet an editor reads before publishing.
//
//	19:24  c1  target       9%以上  a growth target → c1-t1
//	57:12  c3  past result  5.2%    a past result (2023年)
func targetsCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	s, doc, err := parseArg("targets", args, stdin, stderr)
	if err != nil {
		return err
	}
	return targets.WriteReport(stdout, s.Path, targets.Extract(doc))
}
