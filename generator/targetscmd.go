package main

import (
	"io"

	"mingbai/generator/targets"
)

// reportDir holds the corpus and the hand-checked target lists that
// `generator targets --report` scores, relative to the project root.
const reportDir = "generator/targets/testdata"

// targetsCmd prints, for one document, every figure the target extractor
// found and the decision it took, with the rule that took or rejected it
// and the reason, then the target table and any goal tables: the review
// sheet an editor reads before publishing.
//
//	19:24  c1  target       9%以上  indicator-verb-figure  a growth target  c1-t1
//	57:12  c3  past result  5.2%    time-frame             a past result (2023年)
//
// With --report [DIR] it prints instead a precision/recall line for every
// document of DIR/corpus with a hand-checked list in DIR/expected, and the
// total; DIR is generator/targets/testdata by default.
func targetsCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && (args[0] == "--report" || args[0] == "-report") {
		dir := reportDir
		if len(args) > 1 {
			dir = args[1]
		}
		ss, err := targets.ScoreCorpus(dir)
		if err != nil {
			return err
		}
		return targets.WriteScores(stdout, ss)
	}
	s, doc, err := parseArg("targets", args, stdin, stderr)
	if err != nil {
		return err
	}
	return targets.WriteReport(stdout, s.Path, targets.Extract(doc))
}
