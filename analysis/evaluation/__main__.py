from analysis.evaluation.harness import main

raise SystemExit(main())
