# Never says hello: reads its input and answers nothing.
import sys
for line in sys.stdin:
    pass
