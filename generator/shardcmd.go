package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"mingbai/generator/shard"
)

// shardCmd writes the Hugo site of one job of a sharded build (shard I of
// N, or the lists job) into a folder; scripts/build --shard runs it. With
// -plan, it prints the jobs of a sharded build of this library as a JSON
// list instead (N from its pages; the Pages workflow's matrix).
//
//	generator shard -o /tmp/shard-2 2/4
//	generator shard -o /tmp/lists lists
//	generator shard -plan            # ["1/1","lists"]
func shardCmd(root string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("shard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "the folder to write the job's site into (must be new or empty)")
	plan := fs.Bool("plan", false, "print the jobs of a sharded build of this library, as JSON")
	perShard := fs.Int("pages", shard.PagesPerShard, "with -plan: the most pages one shard renders")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *plan {
		n, pages, err := shard.Plan(root, *perShard)
		if err != nil {
			return err
		}
		b, _ := json.Marshal(shard.Jobs(n))
		fmt.Fprintf(stdout, "%s\n", b)
		fmt.Fprintf(stderr, "shard: %d pages, at most %d a shard: %d shards\n", pages, *perShard, n)
		return nil
	}
	if fs.NArg() != 1 || *out == "" {
		return fmt.Errorf("usage: generator shard -o DIR I/N|lists, or generator shard -plan")
	}
	job, err := shard.ParseJob(fs.Arg(0))
	if err != nil {
		return err
	}
	dst := *out
	if !filepath.IsAbs(dst) {
		dst = filepath.Join(root, dst)
	}
	st, err := shard.Prepare(root, dst, job)
	if err != nil {
		return err
	}
	what := "their pages"
	if job.I == shard.Lists {
		what = "their front matter, to list them"
	}
	fmt.Fprintf(stdout, "shard %s: %d documents (%s), %d files in %s; build it with hugo --config hugo.toml,%s\n", job, st.Docs, what, st.Files, *out, shard.Config)
	return nil
}

// mergeCmd joins the outputs of a sharded build's jobs into one site.
//
//	generator merge -o public /tmp/shard-1/public /tmp/shard-2/public /tmp/lists/public
func mergeCmd(root string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "the folder of the merged site")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 || *out == "" {
		return fmt.Errorf("usage: generator merge -o DIR JOBDIR…")
	}
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(root, p)
	}
	var srcs []string
	for _, s := range fs.Args() {
		srcs = append(srcs, abs(s))
	}
	st, err := shard.Merge(abs(*out), srcs...)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "merge: %d files from %d jobs into %s (%d written by more than one job, identical)\n", st.Files, len(srcs), *out, st.Same)
	return nil
}
