"""The readers of the text that :func:`timeline.pipeline.assemble` asks while it places events: which
mentions count (:mod:`.mentions`), which events are asides (:mod:`.asides`), which reports are said at
the story's time (:mod:`.reports`), which times occasions lend (:mod:`.occasions`), the story's steps
(:mod:`.steps`) and the times the discourse lends (:mod:`.lent`).  Split out of the former pipeline.py
(issue 12) so that each reads in one sitting; nothing here imports :mod:`timeline.pipeline`."""
