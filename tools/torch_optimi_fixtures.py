"""Write the torch-optimi 0.3.3 checkpoints that nbs/20_compat.ipynb loads, with what 0.3.3 did next.

Run it with an interpreter that has torch-optimi 0.3.3 installed (its package is also called `optimi`), from a
folder that does not hold this project's `optimi/`, for example:

    python -m venv /tmp/old && /tmp/old/bin/pip install torch==2.13.0 torch-optimi==0.3.3
    /tmp/old/bin/python -P tools/torch_optimi_fixtures.py

For each of the eight optimizers 0.3.3 has, in float32 and in bfloat16 with Kahan summation (which 0.3.3 turns on
by itself for bfloat16 weights, except in Adan, where it is asked for), it trains a 4×3 weight and a bias of 3, in two parameter groups, for `BEFORE` steps on seeded gradients,
then saves the optimizer's `state_dict()`, the parameters, the gradients of `AFTER` more steps, the parameters after
each of them and the final `state_dict()`. One more file does the same for AdamW under gradient release, where
0.3.3 counts steps per parameter, and another for gradient release with a third parameter, in the first group, that
never receives a gradient (a frozen layer handed to the optimizer), whose state 0.3.3 saves as its `group` alone.
Each file is a few KB.
"""
import sys
from pathlib import Path

import torch
import optimi

assert optimi.__version__ == '0.3.3', f'this needs torch-optimi 0.3.3, but imported optimi {optimi.__version__} from {optimi.__file__}'

OUT = Path(__file__).resolve().parent.parent/'nbs'/'fixtures'/'torch_optimi_0.3.3'
BEFORE, AFTER = 4, 4  # RAdam starts rectifying, and Ranger syncs its slow weights, at step 6: both in the continuation

# per optimizer: keyword arguments, and those of the second group (the bias), chosen to exercise weight decay
CASES = {
    'Adam': (dict(lr=1e-2, weight_decay=1e-2), dict(lr=5e-3, weight_decay=0.0)),          # L2
    'AdamW': (dict(lr=1e-2, weight_decay=0.1, decouple_lr=True, max_lr=2e-2), dict(weight_decay=0.0)),
    'Adan': (dict(lr=1e-2, weight_decay=2e-2), dict(lr=5e-3)),                          # Adan's own decay
    'Lion': (dict(lr=1e-3, weight_decay=0.1), dict(weight_decay=0.0)),
    'RAdam': (dict(lr=1e-2, weight_decay=1e-2, decouple_wd=True), dict(lr=5e-3)),
    'Ranger': (dict(lr=1e-2, weight_decay=1e-2), dict(lr=5e-3)),
    'SGD': (dict(lr=1e-2, momentum=0.9, dampening=True, torch_init=True, weight_decay=1e-2), dict(lr=5e-3)),
    'StableAdamW': (dict(lr=1e-2, weight_decay=1e-2), dict(lr=5e-3)),
}


def params(dtype):
    g = torch.Generator().manual_seed(0)
    return [torch.randn(4, 3, generator=g).to(dtype).requires_grad_(), torch.randn(3, generator=g).to(dtype).requires_grad_()]


def grads(step, dtype):
    g = torch.Generator().manual_seed(1000 + step)
    return [torch.randn(4, 3, generator=g).to(dtype), torch.randn(3, generator=g).to(dtype)]


def step(opt, ps, gs, release):
    for p, grad in zip(ps, gs): p.grad = grad.clone()  # 0.3.3 writes into the gradients it is given
    if release:  # what 0.3.3's gradient release hooks do, parameter by parameter
        for p in ps: opt.step(param=p); opt.zero_grad(param=p)
    else: opt.step(); opt.zero_grad()


def record(name, dtype, release=False, untouched=False):
    kwargs, bias_group = CASES[name]
    if dtype == torch.bfloat16 and name == 'Adan': kwargs = {**kwargs, 'kahan_sum': True}  # 0.3.3's Adan defaults to False
    ps = params(dtype)
    frozen = [torch.zeros(2, dtype=dtype, requires_grad=True)] if untouched else []  # never given a gradient
    opt = getattr(optimi, name)([{'params': [ps[0], *frozen]}, {'params': [ps[1]], **bias_group}], **kwargs, foreach=False,
                                gradient_release=release)
    for t in range(BEFORE): step(opt, ps, grads(t, dtype), release)
    saved = dict(torch_optimi=str(optimi.__version__), torch=str(torch.__version__), optimizer=name, dtype=str(dtype),
                 kwargs=kwargs, bias_group=bias_group, gradient_release=release,
                 state_dict=opt.state_dict(), params=[p.detach().clone() for p in ps + frozen])
    saved['state_dict'] = torch.load(_roundtrip(saved['state_dict']), weights_only=True)  # a copy, not the live tensors
    after_grads, after_params = [], []
    for t in range(BEFORE, BEFORE + AFTER):
        gs = grads(t, dtype)
        after_grads.append(gs)
        step(opt, ps, gs, release)
        after_params.append([p.detach().clone() for p in ps])
    saved.update(grads=after_grads, continuation=after_params, final_state_dict=opt.state_dict())
    path = OUT/f"{name}_{str(dtype).removeprefix('torch.')}{'_release' if release else ''}{'_untouched' if untouched else ''}.pt"
    torch.save(saved, path)
    print(f'{path.name}: {path.stat().st_size:,} bytes')


def _roundtrip(obj):
    import io
    buffer = io.BytesIO(); torch.save(obj, buffer); buffer.seek(0)
    return buffer


if __name__ == '__main__':
    OUT.mkdir(parents=True, exist_ok=True)
    for name in CASES:
        for dtype in (torch.float32, torch.bfloat16): record(name, dtype)
    record('AdamW', torch.float32, release=True)
    record('AdamW', torch.float32, release=True, untouched=True)
    sys.exit(0)
