from analysis.output.cli import main

raise SystemExit(main())
