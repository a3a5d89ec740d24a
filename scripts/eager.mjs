// Eager compilation of the content script's first pass, for build.mjs.
//
// V8 compiles a function lazily: the script's first compile only pre-parses it, and its first call parses it
// again and makes its bytecode. On the clean-up's cold first pass that is a large share of the time (about
// 6 ms of 24 in Chromium on the corpus). A function expression written in parentheses, `(function f() {…})`,
// is compiled at once instead (V8's PIFE heuristic), in one parse. The formatter drops such parentheses from
// source, so this plugin adds them at build time to the functions the first pass runs (detection and the
// clutter finder, see EAGER), and nothing else: compiling every function eagerly costs more than it saves.
// Firefox ignores the parentheses. A listed function that is not found fails the build, so the list cannot
// silently go stale.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

/** Per file (repo-relative), the top-level functions the first pass calls (by coverage over the corpus). */
export const EAGER = {
  'src/core/page/nodes.ts': 'tagOf attr classOf idOf hasMoreChildren closestTag directText',
  'src/core/page/select.ts': 'nativeAll select selectFirst',
  'src/core/page/walk.ts': 'push walkDocument elementsOf walkTree lastInside',
  'src/core/sites/index.ts': 'hostOf findSite pathOf hasNdsoftMarkup findSiteByMarkup',
  'src/core/detect/page-kind.ts':
    'headlineCandidates spacedText unitBox storyUnits titleSignals matchesTitle headlineLinkCount isHomePath dominates readStructure',
  'src/core/detect/detect.ts':
    'measureProse jsonLdTexts matchesArticlePath detectWithProse hasScriptBody scriptHoldsStory',
  'src/core/clutter/story-frame.ts':
    'storyFrame findHeadlines inList sameHeadline zoneAnchors wholeLine bigEnough isDeck isByline isTime minimal holdsProse holdsStory holdsFrame hideableParts',
  'src/core/clutter/clean.ts':
    'headingKind kindOfHeading headlineLinkCount add addAll addSmall scanElements blockForHeading findHeadingBlocks insideTag hasListOrFrame swallowsPage frameElements inPageFrame findListUnderHeading shownLength isTeaserList inScope findHeadlineLists widenToHeading findSiteBlocks outermost findClutterWith',
};

/**
 * `function f(…) {…}` at the top level of `source` (its closing brace alone on a line, as the formatter writes
 * it) -> `const f = (function f(…) {…});`. Called only after the module has run (no hoisting needed).
 */
export function eagerSource(source, names, file) {
  let out = source;
  for (const name of names) {
    const head = new RegExp(`^(export )?function ${name}(?=[(<])`, 'm');
    const m = head.exec(out);
    const end = m ? out.indexOf('\n}\n', m.index) : -1;
    if (!m || end < 0) throw new Error(`${file}: no top-level function ${name} (update scripts/eager.mjs)`);
    out = `${out.slice(0, m.index)}${m[1] ?? ''}const ${name} = (function ${name}${out.slice(m.index + m[0].length, end)}\n});\n${out.slice(end + 3)}`;
  }
  return out;
}

/** The esbuild plugin: the listed functions of the listed files, compiled eagerly in the bundles. */
export function eagerPlugin(root) {
  return {
    name: 'eager',
    setup(build) {
      build.onLoad({ filter: /[/\\]src[/\\]core[/\\].*\.ts$/ }, (args) => {
        const file = relative(root, args.path).split(sep).join('/');
        const names = EAGER[file];
        if (!names) return undefined;
        return {
          contents: eagerSource(readFileSync(args.path, 'utf8'), names.split(' '), file),
          loader: 'ts',
        };
      });
    },
  };
}
