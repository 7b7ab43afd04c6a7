int kqueue(void){return -1;} int kevent(){return -1;}
