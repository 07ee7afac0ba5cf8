from deadlines.cli import main

raise SystemExit(main())
