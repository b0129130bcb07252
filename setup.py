"Build optimi from the metadata in settings.ini (nbdev 2 layout)."
from configparser import ConfigParser
from pathlib import Path

import setuptools

here = Path(__file__).parent
cfg = ConfigParser(delimiters=['='])
cfg.read(here/'settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']

licenses = {'mit': ('MIT License', 'OSI Approved :: MIT License')}
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable']
lic = licenses[cfg['license']]
extras = {'dev': cfg['dev_requirements'].split()}  # and each NAME=REQUIREMENT,... of extra_requirements
extras.update(entry.split('=', 1) for entry in cfg.get('extra_requirements', '').split())
extras = {name: reqs if isinstance(reqs, list) else reqs.split(',') for name, reqs in extras.items()}

setuptools.setup(
    name=cfg['lib_name'],
    version=cfg['version'],
    description=cfg['description'],
    long_description=(here/'README.md').read_text(encoding='utf-8'),
    long_description_content_type='text/markdown',
    author=cfg['author'],
    author_email=cfg['author_email'],
    # git_url is a placeholder until the project has a public repository: leave it out of the package metadata
    **({} if 'OWNER' in cfg['git_url'] else {'url': cfg['git_url']}),
    license=lic[0],
    keywords=cfg['keywords'].split(),
    classifiers=[
        f"Development Status :: {statuses[int(cfg['status']) - 1]}",
        f"Intended Audience :: {cfg['audience']}",
        f"License :: {lic[1]}",
        'Natural Language :: English',
        'Programming Language :: Python :: 3',
        'Topic :: Scientific/Engineering :: Artificial Intelligence',
    ],
    packages=setuptools.find_packages(include=['optimi', 'optimi.*']),
    python_requires=f">={cfg['min_python']}",
    install_requires=cfg['requirements'].split(),
    extras_require=extras,
    entry_points={'console_scripts': cfg.get('console_scripts', '').split()},
    include_package_data=True,
    zip_safe=False,
)
