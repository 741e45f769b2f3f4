Console.Error.WriteLine("sesam-tools: inga kommandon ännu.");
return 2;
