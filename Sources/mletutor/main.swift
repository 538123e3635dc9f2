import MLETutor

MLETutorCommand.main()
