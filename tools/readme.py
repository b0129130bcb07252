"""Write README.md from nbs/index.ipynb without Quarto: markdown cells as they are, code cells as Python blocks.

Cells marked `#| hide` are left out, as are nbdev's `#|` directive lines and all outputs (they vary from
run to run). `python tools/readme.py` writes README.md; `python tools/readme.py --check` exits 1 when
README.md is out of step with the notebook.

Links: the notebook links to other pages as the docs site names them (`adan.html`, which nbdev renders from
`nbs/03_adan.ipynb`: the number prefix dropped), so they resolve on the rendered site; in README.md, which GitHub shows
at the top of the repository, each becomes the notebook's path (`nbs/03_adan.ipynb`), which GitHub renders.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def page_name(notebook: Path) -> str:
    "The docs-site page nbdev renders `notebook` to: its name without the number prefix, as .html"
    return re.sub(r'^\d+[a-zA-Z0-9]*_', '', notebook.name.lower()).removesuffix('.ipynb') + '.html'


def github_links(markdown: str, nbs: Path) -> str:
    "`markdown` with links to docs-site pages (`(adan.html)`, `(adan.html#x)`) turned into links to the notebooks"
    notebooks = {page_name(nb): f'nbs/{nb.name}' for nb in sorted(nbs.glob('*.ipynb'))}
    def swap(m):
        if m.group(1) not in notebooks: raise ValueError(f'{m.group(1)} is not the page of any notebook in {nbs}')
        return f'({notebooks[m.group(1)]}{m.group(2) or ""})'
    return re.sub(r'\(([\w.-]+\.html)(#[^)\s]*)?\)', swap, markdown)


def render(nb_path=ROOT/'nbs'/'index.ipynb') -> str:
    "The README text for the notebook at `nb_path`"
    cells = json.loads(Path(nb_path).read_text(encoding='utf-8'))['cells']
    parts = []
    for cell in cells:
        lines = ''.join(cell['source']).splitlines()
        directives = [l.replace(' ', '') for l in lines if l.lstrip().startswith('#|')]
        if '#|hide' in directives or any(d.startswith('#|default_exp') for d in directives): continue
        body = '\n'.join(l for l in lines if not l.lstrip().startswith('#|')).strip('\n')
        if not body: continue
        parts.append(github_links(body, Path(nb_path).parent) if cell['cell_type'] == 'markdown' else f'```python\n{body}\n```')
    return '\n\n'.join(parts) + '\n'


if __name__ == '__main__':
    readme = ROOT/'README.md'
    if '--check' in sys.argv[1:]:
        if readme.read_text(encoding='utf-8') != render():
            sys.exit('README.md is out of step with nbs/index.ipynb: run `python tools/readme.py`')
    else: readme.write_text(render(), encoding='utf-8')
