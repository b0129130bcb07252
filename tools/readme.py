"""Write README.md from nbs/index.ipynb without Quarto: markdown cells as they are, code cells as Python blocks.

Cells marked `#| hide` are left out, as are nbdev's `#|` directive lines and all outputs (they vary from
run to run). `python tools/readme.py` writes README.md; `python tools/readme.py --check` exits 1 when
README.md is out of step with the notebook.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
        parts.append(body if cell['cell_type'] == 'markdown' else f'```python\n{body}\n```')
    return '\n\n'.join(parts) + '\n'


if __name__ == '__main__':
    readme = ROOT/'README.md'
    if '--check' in sys.argv[1:]:
        if readme.read_text(encoding='utf-8') != render():
            sys.exit('README.md is out of step with nbs/index.ipynb: run `python tools/readme.py`')
    else: readme.write_text(render(), encoding='utf-8')
