from tagana_desk.cli import main

raise SystemExit(main())
